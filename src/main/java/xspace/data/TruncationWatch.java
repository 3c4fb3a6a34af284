package xspace.data;

import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Notices a JPEG whose data ends early: the decoders only warn about it and fill the rest with
 * gray (or, for a progressive JPEG cut between two scans, with a blurred picture), which would
 * silently feed a damaged image to the network. Two warnings count: the JDK decoder's "premature
 * end" of the data, and the TwelveMonkeys reader's missing end-of-image marker. The marker is the
 * only trace that a progressive JPEG cut between scans, or a baseline one cut inside its scan
 * header, leaves; so a file without it is refused even when it happens to hold every pixel.
 */
final class TruncationWatch implements IIOReadWarningListener {

    private volatile String warning;

    @Override
    public void warningOccurred(ImageReader source, String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (text.contains("premature end")) {
            warning = message;
        } else if (text.contains("missing eoi")) {
            warning = "the JPEG data ends without its end-of-image marker";
        }
    }

    boolean truncated() {
        return warning != null;
    }

    String warning() {
        return warning;
    }
}

package xspace.data;

import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Notices a JPEG whose data ends early: the decoders only warn about it and fill the rest with
 * gray, which would silently feed a damaged image to the network. A missing end-of-image marker
 * alone is harmless (all data is there) and many real files lack it, so only a premature end of
 * the data counts.
 */
final class TruncationWatch implements IIOReadWarningListener {

    private volatile String warning;

    @Override
    public void warningOccurred(ImageReader source, String message) {
        if (message != null && message.toLowerCase(Locale.ROOT).contains("premature end")) {
            warning = message;
        }
    }

    boolean truncated() {
        return warning != null;
    }

    String warning() {
        return warning;
    }
}

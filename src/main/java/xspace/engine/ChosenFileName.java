package xspace.engine;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The file a save dialog returned, with the extension its format needs. GTK's dialog preselects
 * the suggested name without its extension, so typing a whole name over it gives "view.png.png";
 * a name typed without one gives a file no viewer recognises. Where the adjusted name is already
 * taken, the dialog's choice is kept: the dialog asked about overwriting that file, not the other.
 */
public final class ChosenFileName {

    private ChosenFileName() {
    }

    /** {@code file} ending in exactly one {@code extension} (".png", say). */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String ext = extension.toLowerCase(Locale.ROOT);
        String adjusted = name;
        while (adjusted.toLowerCase(Locale.ROOT).endsWith(ext + ext)) {
            adjusted = adjusted.substring(0, adjusted.length() - ext.length());
        }
        if (!lower.endsWith(ext)) {
            adjusted = name + extension;
        }
        Path candidate = file.resolveSibling(adjusted);
        return adjusted.equals(name) || Files.exists(candidate, LinkOption.NOFOLLOW_LINKS) ? file : candidate;
    }
}

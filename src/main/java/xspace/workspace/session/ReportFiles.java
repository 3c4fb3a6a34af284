package xspace.workspace.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The folder of a {@link ClassReport}, written again over an earlier report. The report is drawn in
 * a hidden sibling first and moved in when complete, so a failed run leaves the earlier report as
 * it was; the earlier report's own files that the new page does not use (the images of other test
 * images or x-features, as after {@code explain use} of another version) are then removed, so the
 * folder never mixes two reports. Files the report does not write are never touched.
 */
final class ReportFiles {

    /** The names a report writes: its page, and per image the original, the class score's and the x-features' maps. */
    static final Pattern OWN = Pattern.compile("report\\.html|image-\\d+(-class-score|-xfeature-\\d+)?\\.png");

    private ReportFiles() {
    }

    /** Moves the complete report from {@code staging} into {@code folder}, the page last, then removes the stale files. */
    static void swapIn(Path staging, Path folder, String page) throws IOException {
        Files.createDirectories(folder);
        List<Path> written;
        try (var files = Files.list(staging)) {
            written = files.sorted((a, b) -> Boolean.compare(isPage(a, page), isPage(b, page))).toList();
        }
        for (Path file : written) {
            Files.move(file, folder.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        Set<String> names = written.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!names.contains(name) && OWN.matcher(name).matches()
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static boolean isPage(Path file, String page) {
        return file.getFileName().toString().equals(page);
    }
}

package xspace.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies of the workspace and bundle made by the previous release ({@code earlier-release/README.md}). */
public final class EarlierReleaseFixture {

    private EarlierReleaseFixture() {
    }

    /** A fresh copy of the workspace at {@code dir/ws}. */
    public static Path workspace(Path dir) throws IOException {
        Path from = resource("ws");
        Path to = dir.resolve("ws");
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /** The sharing bundle (format 1) that release's workspace imported. */
    public static Path bundle() {
        return resource("bundle-format-1.zip");
    }

    private static Path resource(String name) {
        try {
            var url = EarlierReleaseFixture.class.getResource("/xspace/workspace/earlier-release/" + name);
            if (url == null) {
                throw new UncheckedIOException(new IOException("test resource earlier-release/" + name + " is missing"));
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

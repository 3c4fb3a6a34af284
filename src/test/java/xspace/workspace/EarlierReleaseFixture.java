package xspace.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Copies of the workspace and bundle made by the previous release ({@code earlier-release/README.md}). */
public final class EarlierReleaseFixture {

    private EarlierReleaseFixture() {
    }

    /** A fresh copy of the workspace at {@code dir/ws}. */
    public static Path workspace(Path dir) throws IOException {
        Path from = resource("ws");
        return xspace.engine.FileTrees.copy(from, dir.resolve("ws"));
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

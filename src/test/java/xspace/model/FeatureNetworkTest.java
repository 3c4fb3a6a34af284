package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint of the network that computed a folder's features, written when it changes and only then. */
class FeatureNetworkTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void theSameNetworkAgainLeavesTheFileAsItWas() throws Exception {
        FeatureNetwork.record(dir, "fp-1");
        Path file = dir.resolve(FeatureNetwork.FILE);
        Files.setLastModifiedTime(file, LONG_AGO);

        FeatureNetwork.record(dir, "fp-1");

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
        assertThat(FeatureNetwork.recorded(dir)).contains("fp-1");
    }

    @Test
    void anotherNetworkOrAFeatureFolderOfAnEarlierReleaseIsRecorded() throws Exception {
        FeatureNetwork.record(dir, "fp-1");
        Files.setLastModifiedTime(dir.resolve(FeatureNetwork.FILE), LONG_AGO);
        FeatureNetwork.record(dir, "fp-2");
        assertThat(FeatureNetwork.recorded(dir)).contains("fp-2");
        assertThat(Files.getLastModifiedTime(dir.resolve(FeatureNetwork.FILE))).isNotEqualTo(LONG_AGO);

        Path earlier = Files.createDirectory(dir.resolve("earlier"));
        FeatureNetwork.record(earlier, "fp-1");
        assertThat(FeatureNetwork.recorded(earlier)).contains("fp-1");
    }
}

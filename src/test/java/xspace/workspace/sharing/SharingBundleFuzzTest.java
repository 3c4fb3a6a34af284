package xspace.workspace.sharing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * The import of a colleague's names and votes on damaged bundles: a valid bundle with one entry
 * replaced by fuzzed text, or an extra entry with a fuzzed name (path traversal included), or raw
 * fuzzed bytes as the zip. The only exception allowed is the documented {@link WorkspaceException},
 * and nothing may be written outside the workspace.
 */
class SharingBundleFuzzTest {

    private static final String CNN = "cnn-fingerprint";
    private static final String MODULE = "srae-class-012";

    private static Path root;
    private static Map<String, byte[]> valid;
    private static WorkspaceDatabase target;

    @BeforeAll
    static void bundle() throws IOException {
        root = Files.createTempDirectory("bundle-fuzz");
        try (WorkspaceDatabase theirs = WorkspaceDatabase.open(Files.createDirectory(root.resolve("theirs")))) {
            Annotator ann = theirs.addAnnotator("Ann");
            XFeatureKey feature = new XFeatureKey(MODULE, 12, 0);
            theirs.castVote(feature, ann, Trust.TRUST);
            theirs.setName(feature, ann, "red crown");
            theirs.setNote(feature, ann, "also fires on the \"eye\"");
            Path zip = root.resolve("theirs.zip");
            SharingBundle.export(theirs, zip, CNN, Map.of(MODULE, "module-1"), java.time.Clock.systemUTC());
            valid = Zips.read(zip);
        }
        target = WorkspaceDatabase.open(Files.createDirectory(root.resolve("mine")));
    }

    @AfterAll
    static void remove() throws IOException {
        target.close();
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void damagedBundlesGiveOnlyWorkspaceExceptions(FuzzedDataProvider data) throws IOException {
        Path zip = root.resolve("fuzzed.zip");
        int shape = data.consumeInt(0, 2);
        if (shape == 2) {
            Files.write(zip, data.consumeRemainingAsBytes());
        } else {
            Map<String, byte[]> entries = new LinkedHashMap<>(valid);
            List<String> names = new ArrayList<>(entries.keySet());
            String name = shape == 0 ? data.pickValue(names) : data.consumeString(80);
            entries.put(name, data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8));
            try {
                Zips.write(zip, entries);
            } catch (IOException | IllegalArgumentException unwritable) {
                return;
            }
        }
        try {
            SharingBundle.importInto(target, zip, new BundleTarget(CNN,
                    List.of(new WorkspaceModule(MODULE, 12, 5, "module-1")), java.time.Clock.systemUTC()));
        } catch (WorkspaceException expected) {
            // The documented refusal: nothing imported.
        }
        if (Files.exists(root.getParent().resolve("escaped")) || Files.exists(root.resolve("escaped"))) {
            throw new IllegalStateException("a bundle entry was written outside the workspace");
        }
    }
}

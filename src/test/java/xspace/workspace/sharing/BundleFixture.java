package xspace.workspace.sharing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import xspace.workspace.db.SteppingClock;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * Two workspaces on one network with one module (class 12, five x-features), a colleague's
 * ("theirs") and this one ("mine"), and ways to export a bundle from theirs and tamper with it.
 */
abstract class BundleFixture {

    static final String CNN = "cnn-3f2a";
    static final String MODULE = "srae-class-012";
    static final XFeatureKey F0 = new XFeatureKey(MODULE, 12, 0);
    static final XFeatureKey F1 = new XFeatureKey(MODULE, 12, 1);
    /** The importing computer's time: a month after the workspaces' clock starts. */
    static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    @TempDir
    Path dir;

    final SteppingClock clock = SteppingClock.startingAt("2024-05-01T10:00:00Z");
    WorkspaceDatabase mine;
    WorkspaceDatabase theirs;

    @BeforeEach
    void twoWorkspaces() throws Exception {
        mine = WorkspaceDatabase.open(Files.createDirectory(dir.resolve("mine")), clock);
        theirs = WorkspaceDatabase.open(Files.createDirectory(dir.resolve("theirs")), clock);
    }

    @AfterEach
    void closeBoth() {
        mine.close();
        theirs.close();
    }

    static BundleTarget target() {
        return new BundleTarget(CNN, List.of(new WorkspaceModule(MODULE, 12, 5, null)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    Path export() {
        Path bundle = dir.resolve("theirs.zip");
        SharingBundle.export(theirs, bundle, true, CNN, Map.of(), clock); // tests export again over their own
        return bundle;
    }

    ImportReport importInto(Path bundle) {
        return SharingBundle.importInto(mine, bundle, target());
    }

    static String entry(Path bundle, String name) throws Exception {
        return new String(Zips.read(bundle).get(name), StandardCharsets.UTF_8);
    }

    /** A copy of the bundle with the given entries replaced (or added). */
    Path tampered(Path bundle, String name, Map<String, byte[]> replaced) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.read(bundle));
        entries.putAll(replaced);
        return Zips.write(dir.resolve(name), entries);
    }

    Path tampered(Path bundle, String entry, String text) throws Exception {
        return tampered(bundle, entry.replace('/', '_') + "-tampered.zip",
                Map.of(entry, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A bundle of the colleague's workspace with one row appended to one table. */
    Path withRow(String table, String row) throws Exception {
        Path bundle = export();
        return tampered(bundle, table, entry(bundle, table) + row + "\r\n");
    }
}

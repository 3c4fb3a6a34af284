package xspace.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import xspace.data.Csv;
import xspace.engine.AtomicFiles;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.VoteTally;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;
import xspace.workspace.sharing.ExportSummary;
import xspace.workspace.sharing.SharingBundle;

/**
 * What the File menu exports: the sharing bundle (names, votes and notes, for colleagues to
 * import), a plain CSV with one line per x-feature (current name and tally, for spreadsheets),
 * and the current view as a PNG.
 */
final class Exports {

    static final List<String> CSV_HEADER = List.of("module_id", "class_index", "feature", "name", "trust", "distrust",
            "unsure", "majority", "agreement");

    private Exports() {
    }

    /** The save dialog has already asked before replacing a file; the workspace's own files stay refused. */
    static ExportSummary bundle(WorkspaceSession session, Path zip) {
        return SharingBundle.export(session.database(), zip, true, session.cnnInfo().fingerprint(),
                xspace.workspace.WorkspaceModules.fingerprints(session.workspace()),
                Clock.systemUTC());
    }

    /** Every x-feature anyone named or voted on, one line each; returns the number of lines. */
    static int csv(WorkspaceDatabase db, Path file) throws IOException {
        SharedState state = db.snapshot();
        TreeMap<String, XFeatureKey> keys = new TreeMap<>();
        state.names().forEach(n -> keys.put(sortKey(n.key()), n.key()));
        state.votes().forEach(v -> keys.put(sortKey(v.key()), v.key()));
        List<List<String>> rows = new ArrayList<>();
        for (XFeatureKey key : keys.values()) {
            VoteTally t = db.tally(key);
            rows.add(List.of(key.moduleId(), String.valueOf(key.classIndex()), String.valueOf(key.feature()),
                    db.currentName(key).orElse(""), String.valueOf(t.trust()), String.valueOf(t.distrust()),
                    String.valueOf(t.unsure()), t.majority().map(m -> m.name().toLowerCase(Locale.ROOT)).orElse(""),
                    String.format(Locale.ROOT, "%.3f", t.agreement())));
        }
        AtomicFiles.writeString(file, Csv.write(CSV_HEADER, rows));
        return keys.size();
    }

    /** The node as rendered now, at its size, as a PNG. Call on the FX thread. */
    static void png(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(null, null);
        java.awt.image.BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file, tmp -> ImageIO.write(pixels, "png", tmp.toFile()));
    }

    private static String sortKey(XFeatureKey key) {
        return String.format(Locale.ROOT, "%s/%06d/%06d", key.moduleId(), key.classIndex(), key.feature());
    }

}

package xspace.workspace.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;
import xspace.workspace.session.VotesCsv;

/** The plain CSV export: one line per named or voted x-feature with its current name and tally. */
class VotesCsvTest {

    @TempDir
    Path dir;

    @Test
    void writesOneLinePerXFeatureWithNameTallyAndMajority() throws Exception {
        XFeatureKey crown = new XFeatureKey("srae-class-003", 3, 1);
        XFeatureKey back = new XFeatureKey("srae-class-003", 3, 0);
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            Annotator ann = db.addAnnotator("Ann");
            Annotator bo = db.addAnnotator("Bo");
            db.setName(crown, ann, "red crown, \"bright\"");
            db.castVote(crown, ann, Trust.TRUST);
            db.castVote(crown, bo, Trust.DISTRUST);
            db.castVote(back, bo, Trust.DISTRUST);

            Path csv = dir.resolve("features.csv");
            assertThat(VotesCsv.write(db, csv)).isEqualTo(2);
            assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
                    String.join(",", VotesCsv.HEADER),
                    "srae-class-003,3,0,,0,1,0,distrust,1.000",
                    "srae-class-003,3,1,\"red crown, \"\"bright\"\"\",1,1,0,,0.500");
        }
    }
}

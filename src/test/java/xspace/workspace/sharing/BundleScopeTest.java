package xspace.workspace.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.Trust;
import xspace.workspace.db.XFeatureKey;

/**
 * A bundle only brings entries about x-features this workspace has and the bundle declares, and
 * stays within the stated caps: a small zip once added 520,000 votes on x-features nobody has.
 */
class BundleScopeTest extends BundleFixture {

    private static final String AT = "2024-05-01T11:00:00.000Z";

    @BeforeEach
    void aColleagueWhoVoted() {
        theirs.castVote(F0, theirs.addAnnotator("Bob"), Trust.TRUST);
    }

    @Test
    void rowsForXFeaturesThisWorkspacesModuleDoesNotHaveAreRefused() throws Exception {
        SharedState before = mine.snapshot();
        assertRefused(withRow("votes.csv", MODULE + ",12,5,Bob,TRUST," + AT),
                "votes.csv line 3: module \"srae-class-012\" has 5 x-features (0 to 4), not x-feature 5");
        assertRefused(withRow("votes.csv", MODULE + ",13,0,Bob,TRUST," + AT),
                "votes.csv line 3: module \"srae-class-012\" explains class 12, not class 13");
        assertThat(mine.snapshot()).isEqualTo(before);
    }

    @Test
    void rowsOfAModuleThisWorkspaceDoesNotHaveAreLeftOutAndCountedAndGoNowhereElse() throws Exception {
        Path bundle = export();
        String manifest = entry(bundle, "manifest.json").replace("\"id\": \"" + MODULE + "\"",
                "\"id\": \"" + MODULE + "\"\n    }, {\n      \"id\": \"srae-class-012@v2\"");
        Path elsewhere = tampered(tampered(bundle, "manifest.json", manifest), "votes.csv",
                entry(bundle, "votes.csv") + "srae-class-012@v2,12,3,Bob,DISTRUST," + AT + "\r\n");
        ImportReport report = SharingBundle.importInto(mine, elsewhere, BundleFixture.target());
        assertThat(report.leftOut()).singleElement().isEqualTo(new ImportReport.LeftOut("srae-class-012@v2", null, 0,
                1, 0));
        assertThat(report.merge().votes().added()).isEqualTo(1);
        assertThat(mine.votes(new XFeatureKey("srae-class-012@v2", 12, 3))).isEmpty();
        assertThat(mine.votes(new XFeatureKey(MODULE, 12, 3))).isEmpty();
    }

    @Test
    void rowsForModulesTheManifestDoesNotDeclareAreRefused() throws Exception {
        Path bundle = export();
        String undeclared = entry(bundle, "manifest.json").replace("\"id\": \"" + MODULE + "\"", "\"id\": \"other\"");
        assertRefused(tampered(bundle, "manifest.json", undeclared),
                "votes.csv line 2: module \"srae-class-012\" is not declared in manifest.json");
    }

    @Test
    void idsNamesAndNotesAreCappedAndSoAreTheRows() throws Exception {
        String hugeId = "m".repeat(1_000_000);
        assertRefused(withRow("votes.csv", hugeId + ",12,0,Bob,TRUST," + AT),
                "votes.csv line 3: module_id is too long (1000000 characters, at most 200)");
        assertRefused(withRow("names.csv", MODULE + ",12,1,Bob," + "n".repeat(201) + "," + AT),
                "names.csv line 2: the name is too long (201 characters, at most 200)");
        assertRefused(withRow("notes.csv", MODULE + ",12,1,Bob," + "n".repeat(20_001) + "," + AT),
                "notes.csv line 2: the note is too long (20001 characters, at most 20000)");

        StringBuilder flood = new StringBuilder(entry(export(), "votes.csv"));
        for (int i = 0; i < BundleLimits.MAX_ROWS; i++) {
            flood.append(MODULE).append(",12,").append(i % 5).append(",Bob,TRUST,").append(AT).append("\r\n");
        }
        Path flooded = tampered(export(), "votes.csv", flood.toString());
        long start = System.nanoTime();
        assertRefused(flooded, "votes.csv line 100002: the table has more than 100000 rows");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(Files.size(mine.file())).isLessThan(1_000_000);
    }

    @Test
    void aSecondRowForTheSameAnnotatorAndXFeatureIsRefused() throws Exception {
        assertRefused(withRow("votes.csv", MODULE + ",12,0,Bob,DISTRUST," + AT),
                "votes.csv line 3: a second row for \"Bob\" on srae-class-012/12/0 (the first is line 2)");
    }

    private void assertRefused(Path bundle, String message) {
        assertThatThrownBy(() -> importInto(bundle)).hasMessageStartingWith(bundle + ": " + message);
        assertThat(mine.snapshot().votes()).isEmpty();
    }
}

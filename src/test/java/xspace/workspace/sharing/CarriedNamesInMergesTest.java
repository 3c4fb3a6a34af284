package xspace.workspace.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.NameCarrier;
import xspace.workspace.db.NameChange;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * A name carried to another version ({@code explain carry-names}) is no new decision of its
 * annotator's: in a merge it counts from when the name it copies was given, so it never outranks a
 * name the annotator gave the target themselves after that, in either direction of a bundle.
 */
class CarriedNamesInMergesTest extends BundleFixture {

    private static final String V1 = "srae-class-012@1111111111111111";
    private static final String V2 = "srae-class-012@2222222222222222";
    private static final XFeatureKey V1_X0 = new XFeatureKey(V1, 12, 0);
    private static final XFeatureKey V2_X0 = new XFeatureKey(V2, 12, 0);

    @Test
    void anOwnNameImportedAfterACarryReplacesTheCarriedOneGivenEarlier() throws Exception {
        Annotator alice = mine.addAnnotator("alice");
        mine.setName(V1_X0, alice, "beak");
        theirs.setName(V2_X0, theirs.addAnnotator("alice"), "upper mandible");
        carry(mine);

        ImportReport report = SharingBundle.importInto(mine, export(), bothVersions());

        assertThat(report.merge().names().updated()).as("alice's own name is newer than the one carried").isOne();
        assertThat(mine.namesByAnnotator(V2_X0)).containsEntry(alice, "upper mandible");
        assertThat(mine.nameHistory(V2_X0)).extracting(NameChange::name).containsExactly("beak", "upper mandible");
        assertThat(mine.namesByAnnotator(V1_X0)).as("the source keeps its name").containsEntry(alice, "beak");
    }

    @Test
    void aCarriedNameExportedDoesNotReplaceTheNameTheAnnotatorGaveSinceInTheImportingWorkspace() throws Exception {
        theirs.setName(V1_X0, theirs.addAnnotator("alice"), "beak");
        Annotator alice = mine.addAnnotator("alice");
        mine.setName(V2_X0, alice, "upper mandible");
        carry(theirs);
        assertThat(theirs.namesByAnnotator(V2_X0)).containsValue("beak");

        ImportReport report = SharingBundle.importInto(mine, export(), bothVersions());

        assertThat(report.merge().names().kept()).as("the carried name copies an older decision").isOne();
        assertThat(mine.namesByAnnotator(V2_X0)).containsEntry(alice, "upper mandible");
        assertThat(mine.namesByAnnotator(V1_X0)).containsEntry(alice, "beak");
    }

    @Test
    void aCarriedNameKeepsTheTimeOfTheNameItCopies() {
        Annotator alice = mine.addAnnotator("alice");
        NameChange given = mine.setName(V1_X0, alice, "beak");
        mine.setName(new XFeatureKey(V1, 12, 1), alice, "wing");
        carry(mine);
        assertThat(mine.nameHistory(V2_X0)).singleElement().satisfies(c -> assertThat(c.at()).isEqualTo(given.at()));
        assertThat(mine.snapshot().names()).filteredOn(n -> n.key().equals(V2_X0)).singleElement()
                .satisfies(n -> assertThat(n.at()).isEqualTo(given.at()));
    }

    private static void carry(WorkspaceDatabase db) {
        NameCarrier.Result result = db.moduleKeys().carryNames(List.of(new NameCarrier.Carry(V1_X0, V2_X0,
                "matched (r = 0.990, next best 0.100)")));
        assertThat(result.carried()).hasSize(1);
    }

    private static BundleTarget bothVersions() {
        return new BundleTarget(CNN, List.of(new WorkspaceModule(V1, 12, 5, null), new WorkspaceModule(V2, 12, 5,
                null)), target().clock());
    }
}

package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import xspace.testing.TestWorkspace;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/** The concept gallery's filters are reached from the keyboard, and the vote keys still vote from them. */
class AppConceptFiltersTest extends AppTestBase {

    private void openConceptView(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        robot.interact(() -> window.show(View.CONCEPT));
        AppDriver.await(() -> window.tasks.running().isEmpty());
        robot.clickOn("#concept-heading");
    }

    private static String focused(FxRobot robot) {
        Node owner = robot.lookup("#gallery-scope").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    @Test
    void tabAndShiftTabGoThroughTheFiltersInOrderThenToTheGalleryAndTheName(FxRobot robot) throws Exception {
        openConceptView(robot);
        robot.interact(() -> robot.lookup("#feature-next").query().requestFocus());
        robot.type(KeyCode.TAB);
        assertThat(focused(robot)).isEqualTo("gallery-scope");
        robot.type(KeyCode.TAB);
        assertThat(focused(robot)).isEqualTo("gallery-split");
        robot.type(KeyCode.TAB);
        assertThat(focused(robot)).isEqualTo("gallery-wrong-only");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focused(robot)).isEqualTo("gallery-scope");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focused(robot)).isEqualTo("feature-next");
        robot.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB);
        assertThat(focused(robot)).isEqualTo("concept-gallery");
        robot.type(KeyCode.TAB);
        assertThat(focused(robot)).as("one stop for the gallery").isEqualTo("concept-name");
    }

    @Test
    void shortcutIReachesTheFiltersWhereDigitsStillVoteAndSpaceTicksWrongOnly(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        robot.interact(() -> window.getScene().getWindow().requestFocus());
        robot.press(KeyCode.SHORTCUT).type(KeyCode.I).release(KeyCode.SHORTCUT);
        assertThat(focused(robot)).as("the hidden view's filters stay out of reach").isNotEqualTo("gallery-scope");
        openConceptView(robot);
        int shown = window.state.xFeature.get();
        robot.press(KeyCode.SHORTCUT).type(KeyCode.I).release(KeyCode.SHORTCUT);
        assertThat(focused(robot)).isEqualTo("gallery-scope");
        robot.type(KeyCode.DIGIT2);
        AppDriver.await(() -> storedVote(shown).isPresent());
        assertThat(storedVote(shown)).contains(Trust.DISTRUST);

        CheckBox wrongOnly = robot.lookup("#gallery-wrong-only").queryAs(CheckBox.class);
        robot.type(KeyCode.TAB, KeyCode.TAB).type(KeyCode.SPACE);
        assertThat(wrongOnly.isSelected()).isTrue();
        assertThat(window.conceptView().gallery().getItems()).allSatisfy(item -> assertThat(item.about())
                .contains("network wrong"));
    }

    private Optional<Trust> storedVote(int feature) {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            return db.votes(new XFeatureKey(TestWorkspace.moduleId(workspace), 0, feature)).entrySet().stream()
                    .filter(e -> e.getKey().name().equals(AppDriver.ANNOTATOR)).map(Map.Entry::getValue).findFirst();
        }
    }
}

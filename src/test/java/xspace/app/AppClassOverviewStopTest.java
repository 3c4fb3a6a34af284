package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import xspace.app.overview.ClassOverview;

/**
 * The class overview after a ranking cancelled (the status bar's Cancel) or failed (the cached Z
 * rows gone): the tiles from before, or, with none, why nothing shows; never "Ranking…" for ever.
 */
class AppClassOverviewStopTest extends AppTestBase {

    @Override
    protected boolean freshWorkspacePerTest() {
        // The test takes the workspace's Z rows away for a while.
        return true;
    }

    @Test
    void aRankingCancelledOrFailedLeavesTheTilesFromBeforeOrSaysWhyThereAreNone(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        robot.interact(() -> window.show(View.OVERVIEW));
        ClassOverview overview = window.classOverview();
        Label placeholder = robot.lookup("#overview-placeholder").queryAs(Label.class);
        Path z = window.state.session.get().zRows().dir().resolve("z.npy");

        rank(robot, overview, true);
        assertThat(overview.getCenter()).isSameAs(placeholder);
        assertThat(placeholder.getText()).startsWith("Ranking cancelled.").contains("Press Compute");
        failWithoutZ(robot, overview, z);
        assertThat(overview.getCenter()).isSameAs(placeholder);
        assertThat(placeholder.getText()).startsWith("Ranking failed: ").contains("z.npy").contains("Press Compute");

        rank(robot, overview, false);
        List<ClassOverview.Row> before = overview.rows();
        Node tiles = overview.getCenter();
        assertThat(before).isNotEmpty();
        assertThat(tiles.getId()).isEqualTo("class-overview");
        rank(robot, overview, true);
        assertThat(overview.getCenter()).as("after Cancel").isSameAs(tiles);
        assertThat(overview.rows()).containsExactlyElementsOf(before);
        failWithoutZ(robot, overview, z);
        assertThat(overview.getCenter()).as("after a failure").isSameAs(tiles);
        assertThat(overview.rows()).containsExactlyElementsOf(before);
    }

    /** Presses Compute and, if asked, the status bar's Cancel right after; waits until the ranking has stopped. */
    private void rank(FxRobot robot, ClassOverview overview, boolean cancel) throws Exception {
        Button cancelButton = robot.lookup("#status-cancel").queryButton();
        robot.interact(() -> {
            overview.compute();
            if (cancel) {
                cancelButton.fire();
            }
        });
        AppDriver.await(() -> window.tasks.running().isEmpty());
    }

    /** A ranking that cannot read the Z rows; its failure dialog closed, the rows put back. */
    private void failWithoutZ(FxRobot robot, ClassOverview overview, Path z) throws Exception {
        Path away = z.resolveSibling("z.npy.away");
        Files.move(z, away);
        try {
            rank(robot, overview, false);
        } finally {
            Files.move(away, z);
        }
        AppDriver.await(() -> robot.lookup("#failure-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#failure-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("Ranking x-features of every explained class failed");
        robot.interact(((Button) dialog.lookupButton(ButtonType.OK))::fire);
        AppDriver.await(() -> robot.lookup("#failure-dialog").tryQuery().isEmpty());
        robot.interact(() -> window.getScene().getWindow().requestFocus());
    }
}

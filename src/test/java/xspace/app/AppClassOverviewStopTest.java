package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import xspace.app.overview.ClassOverview;
import xspace.engine.ProgressTask;

/**
 * The class overview after a ranking cancelled (the status bar's Cancel) or failed (the cached Z
 * rows gone): the tiles from before, or, with none, why nothing shows; never "Ranking…" for ever.
 */
class AppClassOverviewStopTest extends AppTestBase {

    /** The main window's computations run on two threads ({@code MainWindow}). */
    private static final int BACKGROUND_THREADS = 2;

    @Override
    protected boolean freshWorkspacePerTest() {
        // The test takes the workspace's Z rows away for a while.
        return true;
    }

    @Test
    void aRankingCancelledOrFailedLeavesTheTilesFromBeforeOrSaysWhyThereAreNone(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        ClassOverview overview = window.classOverview();
        Label placeholder = robot.lookup("#overview-placeholder").queryAs(Label.class);
        Path z = window.state.session.get().zRows().dir().resolve("z.npy");

        // Seen for the first time, the overview ranks by itself; Cancel stops that ranking too.
        rank(robot, () -> window.show(View.OVERVIEW), true);
        assertThat(overview.getCenter()).isSameAs(placeholder);
        assertThat(placeholder.getText()).startsWith("Ranking cancelled.").contains("Press Compute");
        failWithoutZ(robot, overview, z);
        assertThat(overview.getCenter()).isSameAs(placeholder);
        assertThat(placeholder.getText()).startsWith("Ranking failed: ").contains("z.npy").contains("Press Compute");

        rank(robot, overview::compute, false);
        List<ClassOverview.Row> before = overview.rows();
        Node tiles = overview.getCenter();
        assertThat(before).isNotEmpty();
        assertThat(tiles.getId()).isEqualTo("class-overview");
        rank(robot, overview::compute, true);
        assertThat(overview.getCenter()).as("after Cancel").isSameAs(tiles);
        assertThat(robot.lookup("#status-message").queryAs(javafx.scene.control.Label.class).getText())
                .as("the status line says what was cancelled")
                .isEqualTo("Cancelled: Ranking x-features of every explained class");
        assertThat(overview.rows()).containsExactlyElementsOf(before);
        failWithoutZ(robot, overview, z);
        assertThat(overview.getCenter()).as("after a failure").isSameAs(tiles);
        assertThat(overview.rows()).containsExactlyElementsOf(before);
    }

    /**
     * Starts a ranking ({@code start}: Compute, or the overview seen first) and, if asked, presses
     * the status bar's Cancel right after; waits until the ranking has
     * stopped. To cancel, both background threads are held first, so that the ranking waits in the
     * queue and Cancel reaches it before it starts: on a small workspace it could otherwise finish
     * between Compute and Cancel.
     */
    private void rank(FxRobot robot, Runnable start, boolean cancel) throws Exception {
        Button cancelButton = robot.lookup("#status-cancel").queryButton();
        CountDownLatch release = new CountDownLatch(1);
        if (cancel) {
            CountDownLatch held = new CountDownLatch(BACKGROUND_THREADS);
            for (int i = 0; i < BACKGROUND_THREADS; i++) {
                String slot = "test-hold-" + i; // a slot of its own: a second run in one slot cancels the first
                ProgressTask<Void> hold = monitor -> {
                    held.countDown();
                    release.await(60, TimeUnit.SECONDS);
                    return null;
                };
                robot.interact(() -> window.tasks.run(slot, "holding", hold, v -> { }));
            }
            assertThat(held.await(30, TimeUnit.SECONDS)).as("both background threads held").isTrue();
        }
        robot.interact(() -> {
            start.run();
            if (cancel) {
                cancelButton.fire();
            }
        });
        release.countDown();
        AppDriver.await(() -> window.tasks.running().isEmpty());
    }

    /** A ranking that cannot read the Z rows; its failure dialog closed, the rows put back. */
    private void failWithoutZ(FxRobot robot, ClassOverview overview, Path z) throws Exception {
        Path away = z.resolveSibling("z.npy.away");
        Files.move(z, away);
        try {
            rank(robot, overview::compute, false);
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

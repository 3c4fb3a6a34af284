package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class AppLayoutTest extends AppTestBase {

    @Test
    void theNextStartShowsTheViewDividerAndPlaceOfTheLastSession(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Stage stage = window.stage();
        robot.interact(() -> {
            window.show(View.METRICS);
            window.imageView().setDividerPositions(0.3);
            stage.setX(37);
            stage.setY(41);
        });

        MainWindow next = driver.restart();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(driver.preferences().get("view", "")).isEqualTo("metrics-view-tab");
        assertThat(next.shown().id()).isEqualTo("metrics-view-tab");
        assertThat(next.imageView().getDividerPositions()[0]).isCloseTo(0.3, within(0.01));
        assertThat(stage.getX()).isEqualTo(37);
        assertThat(stage.getY()).isEqualTo(41);
    }

    @Test
    void aPlaceOnNoScreenIsNotRestored(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Stage stage = window.stage();
        robot.interact(() -> {
            stage.setX(-50_000);
            stage.setY(-50_000);
        });

        driver.restart();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(driver.preferences().getDouble("x", 0)).isEqualTo(-50_000);
        assertThat(stage.getX()).as("the window comes back onto the screen").isGreaterThan(-10_000);
    }

    @Test
    void aSmallWindowOpensAtTheToolbarsWidthAndItsWideListIsNotRestored(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Stage stage = window.stage();
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
            window.imageView().setDividerPositions(0.47);
        });

        MainWindow next = driver.restart();
        // The stage, used again, keeps the width set above; a fresh one takes its scene's.
        robot.interact(stage::sizeToScene);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getWidth()).as("at least the minimum, or the screen's width")
                .isGreaterThanOrEqualTo(Math.min(1024, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 16));
        assertThat(next.imageView().getDividerPositions()[0]).isLessThanOrEqualTo(0.351);
    }
}

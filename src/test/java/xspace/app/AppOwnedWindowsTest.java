package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Windows the main window opens show centred on it, wherever the window manager put them, and a
 * modal one leaves a maximised main window maximised.
 */
class AppOwnedWindowsTest extends AppTestBase {

    @Test
    void aWindowPlacedAtTheScreensCornerIsMovedOntoItsOwnersCentre(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Stage main = window.stage();
        Stage[] dialog = new Stage[1];
        robot.interact(() -> {
            main.setX(300);
            main.setY(200);
            dialog[0] = new Stage();
            dialog[0].initOwner(main);
            dialog[0].setScene(new Scene(new Pane(), 200, 100));
            dialog[0].setX(1); // where openbox put the annotator dialog
            dialog[0].setY(20);
            dialog[0].show();
        });
        AppDriver.await(() -> dialog[0].getX() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog[0].getX() + dialog[0].getWidth() / 2).isCloseTo(main.getX() + main.getWidth() / 2,
                within(2.0));
        assertThat(dialog[0].getY()).isBetween(main.getY(), main.getY() + main.getHeight() / 2);
        robot.interact(() -> dialog[0].hide());
    }

    @Test
    void aMaximisedMainWindowShrunkWhileAModalWindowShowedIsMaximisedAgain(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Stage main = window.stage();
        Stage[] about = new Stage[1];
        robot.interact(() -> {
            main.setMaximized(true);
            about[0] = new Stage();
            about[0].initOwner(main);
            about[0].initModality(Modality.WINDOW_MODAL);
            about[0].setScene(new Scene(new Pane(), 200, 100));
            about[0].show();
            main.setMaximized(false); // as openbox does to it under JavaFX 21's GTK glass
        });
        robot.interact(() -> about[0].hide());
        AppDriver.await(main::isMaximized);
        assertThat(main.isMaximized()).isTrue();
        robot.interact(() -> main.setMaximized(false));
    }
}

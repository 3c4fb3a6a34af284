package xspace.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Esc and Enter still cancel and confirm a dialog whose closing waits for the key's events to end. */
@ExtendWith(ApplicationExtension.class)
class DialogKeysTest {

    @Start
    void start(Stage stage) {
        // With a scene: Monocle cannot disable a window without one when a modal dialog opens.
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
    }

    private static Dialog<String> shown(boolean okEnabled) throws Exception {
        Dialog<String> dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<String> d = new Dialog<>();
            d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            d.getDialogPane().lookupButton(ButtonType.OK).setDisable(!okEnabled);
            d.setResultConverter(button -> button == ButtonType.OK ? "confirmed" : "cancelled");
            DialogKeys.closeAfterTheKey(d);
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, dialog::isShowing);
        return dialog;
    }

    @Test
    void escCancelsAndEnterPressesTheDefaultButtonUnlessItIsDisabled(FxRobot robot) throws Exception {
        // The fix itself: the key's PRESSED event ends with the dialog still open; it closes a moment later.
        for (KeyCode key : new KeyCode[] {KeyCode.ESCAPE, KeyCode.ENTER}) {
            Dialog<String> dialog = shown(true);
            boolean openAfterThePress = WaitForAsyncUtils.asyncFx(() -> {
                javafx.event.Event.fireEvent(dialog.getDialogPane(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key,
                        false, false, false, false));
                return dialog.isShowing();
            }).get();
            assertThat(openAfterThePress).as(key + " closed the dialog during its own press").isTrue();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
            assertThat(dialog.getResult()).isEqualTo(key == KeyCode.ESCAPE ? "cancelled" : "confirmed");
        }

        Dialog<String> cancelled = shown(true);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !cancelled.isShowing());
        assertThat(cancelled.getResult()).isEqualTo("cancelled");

        Dialog<String> confirmed = shown(true);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !confirmed.isShowing());
        assertThat(confirmed.getResult()).isEqualTo("confirmed");

        Dialog<String> blocked = shown(false);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(blocked.isShowing()).as("Enter with OK disabled keeps the dialog").isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !blocked.isShowing());
    }
}

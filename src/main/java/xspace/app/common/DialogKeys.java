package xspace.app.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Esc and Enter close a dialog only once their key event is over. JavaFX 21's GTK glass sends a
 * key's TYPED event right after its PRESSED one; a dialog closed during PRESSED leaves the TYPED
 * event pointing at a freed window, and the JVM can crash (JDK-8301219, fixed in JavaFX 22). So the
 * dialog's own handling of the two keys is replaced by a press of its button a moment later.
 */
public final class DialogKeys {

    private DialogKeys() {
    }

    /** Esc presses the dialog's cancel button, Enter its default button, each after the key's events. */
    public static <T extends Dialog<?>> T closeAfterTheKey(T dialog) {
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
                return;
            }
            Button button = e.getCode() == KeyCode.ESCAPE ? button(dialog, true)
                    : e.getCode() == KeyCode.ENTER ? button(dialog, false) : null;
            if (button != null) {
                e.consume();
                Platform.runLater(button::fire);
            }
        });
        return dialog;
    }

    private static Button button(Dialog<?> dialog, boolean cancel) {
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            Node node = dialog.getDialogPane().lookupButton(type);
            if (node instanceof Button b && (cancel ? b.isCancelButton()
                    || type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE : b.isDefaultButton())) {
                return b;
            }
        }
        return null;
    }
}

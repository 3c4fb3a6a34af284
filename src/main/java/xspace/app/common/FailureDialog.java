package xspace.app.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Failures of background work, in a dialog as well as the status bar: a line at the bottom of the
 * window is easily missed. One dialog at a time; failures while it is open are added to it rather
 * than opening more.
 */
public final class FailureDialog {

    private final Window owner;
    private final List<String> failures = new ArrayList<>();
    private Alert alert;
    private TextArea details;

    public FailureDialog(Window owner) {
        this.owner = owner;
    }

    /** Shows the failure; call on the FX thread. */
    public void show(String failure) {
        failures.add(failure);
        if (alert == null) {
            open();
        }
        alert.setHeaderText(failures.size() == 1 ? failures.get(0)
                : failures.size() + " tasks failed; the last: " + failure);
        details.setText(String.join("\n\n", failures));
    }

    private void open() {
        alert = DialogKeys.closeAfterTheKey(new Alert(Alert.AlertType.ERROR));
        alert.initOwner(owner);
        alert.initModality(Modality.NONE);
        alert.setTitle("XSpace: something failed");
        alert.getDialogPane().setId("failure-dialog");
        details = new TextArea();
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(6);
        alert.getDialogPane().setContent(details);
        alert.setOnHidden(e -> {
            failures.clear();
            alert = null;
        });
        alert.show();
    }
}

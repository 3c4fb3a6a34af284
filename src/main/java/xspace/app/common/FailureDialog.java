package xspace.app.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
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
        // One failure is said once, in the header; several are listed below a count, each once.
        boolean several = failures.size() > 1;
        alert.setHeaderText(several ? failures.size() + " tasks failed:" : failure);
        details.setText(String.join("\n\n", failures));
        details.setVisible(several);
        details.setManaged(several);
    }

    private void copy() {
        ClipboardContent text = new ClipboardContent();
        text.putString(String.join("\n\n", failures));
        Clipboard.getSystemClipboard().setContent(text);
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
        details.setId("failure-details");
        Hyperlink copy = new Hyperlink("Copy the message");
        copy.setId("failure-copy");
        copy.setOnAction(e -> copy());
        alert.getDialogPane().setContent(new VBox(6, details, copy));
        alert.setOnHidden(e -> {
            failures.clear();
            alert = null;
        });
        alert.show();
    }
}

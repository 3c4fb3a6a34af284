package xspace.app;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import xspace.app.common.DialogKeys;
import xspace.workspace.db.AnnotatorNames;

/**
 * Asks who is annotating: pick a name the workspace knows or type a new one. Names and votes are
 * stored per annotator, so agreement between people can be measured.
 */
final class AnnotatorDialog extends Dialog<String> {

    AnnotatorDialog(List<String> known, String suggested) {
        setTitle("Who is annotating?");
        setHeaderText("Names and trust votes are recorded per annotator.");
        ComboBox<String> names = new ComboBox<>(FXCollections.observableArrayList(known));
        names.setId("annotator-name");
        names.setEditable(true);
        names.setPrefWidth(280);
        names.setValue(suggested);
        // A name the workspace would refuse (spaces alone, too long, a control character) keeps OK
        // and Enter waiting, and says why, rather than failing after the dialog closed.
        StringBinding problem = Bindings.createStringBinding(() -> problem(names.getEditor().getText()),
                names.getEditor().textProperty());
        BooleanBinding refused = problem.isNotEmpty().or(names.getEditor().textProperty().isEmpty());
        Label why = new Label();
        why.setId("annotator-problem");
        why.setWrapText(true);
        why.setMaxWidth(280);
        why.textProperty().bind(problem);
        why.visibleProperty().bind(problem.isNotEmpty());
        // The reason may take two lines: the dialog grows to show it whole rather than ending it in "…".
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // After the text's own layout: resizing from inside the change met JavaFX text layout half done.
        problem.addListener((o, before, now) -> Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        getDialogPane().setContent(new VBox(8, new Label("Your name"), names, why));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(refused);
        setResultConverter(button -> button == ButtonType.OK ? names.getEditor().getText().strip() : null);
        Platform.runLater(names::requestFocus);
        DialogKeys.closeAfterTheKey(this);
    }

    /** What is wrong with a typed name, in words for the person typing it; empty while nothing is typed. */
    static String problem(String typed) {
        if (typed == null || typed.isEmpty()) {
            return "";
        }
        if (typed.isBlank()) {
            return "Type a name: spaces alone are not one";
        }
        return AnnotatorNames.problem(typed).map(p -> "Not accepted: " + p).orElse("");
    }

    static Optional<String> ask(List<String> known, String suggested) {
        return new AnnotatorDialog(known, suggested).showAndWait().filter(s -> !s.isBlank());
    }
}

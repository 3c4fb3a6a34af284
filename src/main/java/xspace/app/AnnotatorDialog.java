package xspace.app;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import xspace.app.common.DialogKeys;

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
        // Spaces alone are no name: OK (and Enter) wait for one, and say why rather than closing.
        BooleanBinding blank = Bindings.createBooleanBinding(() -> names.getEditor().getText() == null
                || names.getEditor().getText().isBlank(), names.getEditor().textProperty());
        Label why = new Label("Type a name: spaces alone are not one");
        why.setId("annotator-blank");
        why.visibleProperty().bind(blank.and(names.getEditor().textProperty().isNotEmpty()));
        getDialogPane().setContent(new VBox(8, new Label("Your name"), names, why));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(blank);
        setResultConverter(button -> button == ButtonType.OK ? names.getEditor().getText().strip() : null);
        Platform.runLater(names::requestFocus);
        DialogKeys.closeAfterTheKey(this);
    }

    static Optional<String> ask(List<String> known, String suggested) {
        return new AnnotatorDialog(known, suggested).showAndWait().filter(s -> !s.isBlank());
    }
}

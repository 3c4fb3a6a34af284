package xspace.app.concept;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import xspace.workspace.db.NameChange;
import xspace.workspace.session.NameHistory;

/**
 * An x-feature's names in the concept view, folded away until opened: who named it what and when,
 * newest first, and an undo of the last name (recorded as a change of its own).
 */
public final class NameHistoryPane extends TitledPane {

    private final Label history = new Label();
    private final Button undo = new Button("Undo the last name");

    NameHistoryPane(Runnable onUndo) {
        super("Name history", null);
        setId("concept-history-pane");
        history.setId("concept-name-history");
        history.setWrapText(true);
        history.setMinHeight(Region.USE_PREF_SIZE);
        undo.setId("name-undo");
        undo.setOnAction(e -> onUndo.run());
        setContent(new VBox(6, history, undo));
        setExpanded(false);
        setAnimated(false);
    }

    void show(List<NameChange> names) {
        setText("Name history (" + names.size() + ")");
        history.setText(names.isEmpty() ? "Not named yet." : String.join("\n", NameHistory.lines(names)));
        undo.setDisable(NameHistory.previous(names).isEmpty());
    }
}

package xspace.app;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import xspace.explain.ExplanationMethod;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.VersionSummary;
import xspace.app.common.AppState;

/**
 * The toolbar's choice of explanation module: the explained class (only classes with a module)
 * and the method (only methods trained for that class), and which version of it is shown, with
 * the other versions that hold names and votes.
 */
final class ModuleBar extends HBox {

    private final AppState state;
    private final ComboBox<Integer> classes = new ComboBox<>();
    private final ComboBox<ExplanationMethod> methods = new ComboBox<>();
    private final Label version = new Label();
    private boolean updating;

    ModuleBar(AppState state) {
        this.state = state;
        getStyleClass().add("module-bar");
        classes.setId("class-selector");
        methods.setId("method-selector");
        classes.setCellFactory(list -> new ClassCell());
        classes.setButtonCell(new ClassCell());
        classes.setPrefWidth(260);
        version.setId("module-version");
        version.getStyleClass().add("caption");
        getChildren().addAll(new Label("Explained class"), classes, new Label("Method"), methods, version);
        state.method.addListener((o, old, method) -> showVersion());
        state.session.addListener((o, old, session) -> showSession(session));
        classes.valueProperty().addListener((o, old, value) -> chooseClass(value));
        methods.valueProperty().addListener((o, old, value) -> {
            if (!updating) {
                state.method.set(value);
            }
        });
    }

    void select(int classIndex) {
        classes.setValue(classIndex);
    }

    /** The class, then the method among those trained for it. */
    void select(int classIndex, ExplanationMethod method) {
        classes.setValue(classIndex);
        methods.setValue(method);
    }

    private void showSession(WorkspaceSession session) {
        updating = true;
        List<Integer> all = session == null ? List.of() : session.modules().allClasses();
        classes.setItems(FXCollections.observableArrayList(all));
        updating = false;
        classes.setValue(all.isEmpty() ? null : all.get(0));
    }

    private void chooseClass(Integer classIndex) {
        WorkspaceSession session = state.session.get();
        List<ExplanationMethod> trained = session == null || classIndex == null ? List.of()
                : session.modules().methods().stream().filter(m -> session.modules().has(m, classIndex)).toList();
        ExplanationMethod keep = trained.contains(methods.getValue()) ? methods.getValue()
                : trained.isEmpty() ? null : trained.get(0);
        updating = true;
        methods.setItems(FXCollections.observableArrayList(trained));
        methods.setValue(keep);
        updating = false;
        // Set both together so that listeners see a module that exists.
        state.method.set(null);
        state.classIndex.set(classIndex);
        state.method.set(keep);
    }

    private void showVersion() {
        WorkspaceSession session = state.session.get();
        Integer classIndex = state.classIndex.get();
        ExplanationMethod method = state.method.get();
        version.setText(session == null || classIndex == null || method == null ? ""
                : VersionSummary.of(session.modules().held(method, classIndex)));
    }

    private final class ClassCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            WorkspaceSession session = state.session.get();
            setText(empty || item == null || session == null ? null : item + " · " + session.className(item));
        }
    }
}

package xspace.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import xspace.workspace.WorkspaceCreation;
import xspace.workspace.WorkspaceCreation.NetworkSource;

/**
 * File ▸ New workspace: a new folder, a CUB-layout dataset and a network (an XSpace model, a Keras
 * {@code .h5} model, or one trained here). Only gathers the request; the creation itself runs in
 * the background.
 */
final class NewWorkspaceDialog extends Dialog<WorkspaceCreation.Request> {

    final TextField folder = field("new-workspace-folder", "empty or new folder for the workspace");
    final TextField dataset = field("new-workspace-dataset", "folder with images.txt, classes.txt, …");
    final TextField network = field("new-workspace-network", "the network's file");
    final TextField zLayer = field("new-workspace-z-layer", "default: the network's first dense layer (fc6)");
    final Spinner<Integer> epochs = new Spinner<>(1, 500, 30);
    final RadioButton modelZip = new RadioButton("XSpace network (.zip)");
    final RadioButton kerasH5 = new RadioButton("Keras model saved with model.save() (.h5)");
    final RadioButton train = new RadioButton("Train one here on the training split (demo architecture, 64 px)");

    NewWorkspaceDialog(Window owner) {
        initOwner(owner);
        setTitle("New workspace");
        setHeaderText("A workspace holds a dataset, the network that classifies it and its explanations.");
        ToggleGroup source = new ToggleGroup();
        for (RadioButton b : new RadioButton[] {modelZip, kerasH5, train}) {
            b.setToggleGroup(source);
        }
        modelZip.setSelected(true);
        modelZip.setId("new-workspace-zip");
        kerasH5.setId("new-workspace-h5");
        train.setId("new-workspace-train");
        epochs.setId("new-workspace-epochs");
        network.disableProperty().bind(train.selectedProperty());
        epochs.disableProperty().bind(train.selectedProperty().not());
        getDialogPane().setContent(form(owner));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        BooleanBinding incomplete = blank(folder).or(blank(dataset)).or(train.selectedProperty().not().and(blank(network)));
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(incomplete);
        setResultConverter(button -> button == ButtonType.OK ? request() : null);
    }

    /** What the form says, as a creation request. */
    WorkspaceCreation.Request request() {
        NetworkSource chosen = train.isSelected() ? NetworkSource.TRAIN
                : kerasH5.isSelected() ? NetworkSource.KERAS_H5 : NetworkSource.MODEL_ZIP;
        String layer = zLayer.getText().isBlank() ? null : zLayer.getText().trim();
        return new WorkspaceCreation.Request(Path.of(folder.getText().trim()), Path.of(dataset.getText().trim()), chosen,
                chosen == NetworkSource.TRAIN ? null : Path.of(network.getText().trim()), layer, epochs.getValue());
    }

    private GridPane form(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Workspace folder"), folder, browse(() -> directory(owner, "Workspace folder"), folder));
        grid.addRow(1, new Label("Dataset (CUB layout)"), dataset,
                browse(() -> directory(owner, "CUB-layout dataset folder"), dataset));
        grid.add(new Label("Network"), 0, 2);
        grid.add(modelZip, 1, 2, 2, 1);
        grid.add(kerasH5, 1, 3, 2, 1);
        grid.add(train, 1, 4, 2, 1);
        grid.addRow(5, new Label("Network file"), network, browse(() -> file(owner), network));
        grid.addRow(6, new Label("Training epochs"), new HBox(epochs));
        grid.addRow(7, new Label("Layer to explain"), zLayer);
        folder.setPrefColumnCount(36);
        return grid;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static BooleanBinding blank(TextField field) {
        return Bindings.createBooleanBinding(() -> field.getText().isBlank(), field.textProperty());
    }

    private static Button browse(java.util.function.Supplier<Optional<File>> chooser, TextField into) {
        Button button = new Button("Choose…");
        button.disableProperty().bind(into.disabledProperty());
        button.setOnAction(e -> chooser.get().ifPresent(f -> into.setText(f.getAbsolutePath())));
        return button;
    }

    private static Optional<File> directory(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner));
    }

    private Optional<File> file(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(kerasH5.isSelected() ? "Keras model (.h5)" : "XSpace network (.zip)");
        chooser.getExtensionFilters().add(kerasH5.isSelected()
                ? new FileChooser.ExtensionFilter("Keras model", "*.h5", "*.hdf5")
                : new FileChooser.ExtensionFilter("XSpace network", "*.zip"));
        return Optional.ofNullable(chooser.showOpenDialog(owner));
    }
}

package xspace.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
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
import javafx.util.StringConverter;
import xspace.app.common.DialogKeys;
import xspace.model.InputPreprocessing;
import xspace.workspace.CreationCheck;
import xspace.workspace.CreationCheck.Problem;
import xspace.workspace.WorkspaceCreation;
import xspace.workspace.WorkspaceCreation.NetworkSource;

/**
 * File ▸ New workspace: a new folder, a CUB-layout dataset and a network (an XSpace model, a Keras
 * {@code .h5} model, or one trained here). Only gathers the request; the creation itself runs in
 * the background.
 */
final class NewWorkspaceDialog extends Dialog<WorkspaceCreation.Request> {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    final TextField folder = field("new-workspace-folder", "empty or new folder for the workspace");
    final TextField dataset = field("new-workspace-dataset", "folder with images.txt, classes.txt, …");
    final TextField network = field("new-workspace-network", "the network's file");
    final TextField zLayer = field("new-workspace-z-layer", "default: the network's first dense layer (fc6)");
    final Spinner<Integer> epochs = new Spinner<>(1, 500, 30);
    final ComboBox<InputPreprocessing> preprocessing = new ComboBox<>(
            FXCollections.observableArrayList(InputPreprocessing.values()));
    final RadioButton modelZip = new RadioButton("XSpace network (.zip)");
    final RadioButton kerasH5 = new RadioButton("Keras model saved with model.save() (.h5)");
    final RadioButton train = new RadioButton("Train one here on the training split (demo architecture, 64 px)");

    final Label problem = new Label();

    NewWorkspaceDialog(Window owner) {
        this(owner, null);
    }

    /** @param previous what was asked the last time, filled in again (a creation that failed is retried easily) */
    NewWorkspaceDialog(Window owner, WorkspaceCreation.Request previous) {
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
        preprocessing.setId("new-workspace-preprocessing");
        preprocessing.setValue(InputPreprocessing.DEFAULT);
        preprocessing.setConverter(new StringConverter<>() {
            @Override
            public String toString(InputPreprocessing mode) {
                return mode == null ? "" : mode.label() + (mode == InputPreprocessing.DEFAULT ? ": default" : "");
            }

            @Override
            public InputPreprocessing fromString(String text) {
                return InputPreprocessing.named(text.split(" ")[0]).orElse(InputPreprocessing.DEFAULT);
            }
        });
        preprocessing.disableProperty().bind(kerasH5.selectedProperty().not());
        getDialogPane().setContent(form(owner));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (previous != null) {
            fill(previous);
        }
        List<Problem> none = List.of();
        ObjectBinding<List<Problem>> problems = Bindings.createObjectBinding(this::problems, folder.textProperty(),
                dataset.textProperty(), network.textProperty(), modelZip.selectedProperty(),
                kerasH5.selectedProperty(), train.selectedProperty());
        problems.addListener((o, before, now) -> show(now));
        show(problems.get());
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !problems.get().equals(none), problems));
        setResultConverter(button -> button == ButtonType.OK ? request() : null);
        DialogKeys.closeAfterTheKey(this);
    }

    private NetworkSource source() {
        return train.isSelected() ? NetworkSource.TRAIN
                : kerasH5.isSelected() ? NetworkSource.KERAS_H5 : NetworkSource.MODEL_ZIP;
    }

    private List<Problem> problems() {
        return CreationCheck.of(folder.getText(), dataset.getText(), source(), network.getText());
    }

    /** The first problem in words under the form, and every field with a problem outlined. */
    private void show(List<Problem> problems) {
        problem.setText(problems.isEmpty() ? "Ready to create." : problems.get(0).toString());
        problem.getStyleClass().setAll("label", problems.isEmpty() ? "form-ready" : "form-problem");
        Map<CreationCheck.Field, TextField> fields = Map.of(CreationCheck.Field.FOLDER, folder,
                CreationCheck.Field.DATASET, dataset, CreationCheck.Field.NETWORK, network);
        fields.forEach((field, text) -> text.pseudoClassStateChanged(PROBLEM,
                problems.stream().anyMatch(p -> p.field() == field)));
    }

    private void fill(WorkspaceCreation.Request previous) {
        folder.setText(previous.folder().toString());
        dataset.setText(previous.dataset().toString());
        if (previous.network() != null) {
            network.setText(previous.network().toString());
        }
        if (previous.zLayer() != null) {
            zLayer.setText(previous.zLayer());
        }
        epochs.getValueFactory().setValue(previous.epochs());
        preprocessing.setValue(previous.preprocessing());
        (previous.source() == NetworkSource.TRAIN ? train : previous.source() == NetworkSource.KERAS_H5 ? kerasH5
                : modelZip).setSelected(true);
    }

    /** What the form says, as a creation request. */
    WorkspaceCreation.Request request() {
        NetworkSource chosen = source();
        String layer = zLayer.getText().isBlank() ? null : zLayer.getText().trim();
        return new WorkspaceCreation.Request(Path.of(folder.getText().trim()), Path.of(dataset.getText().trim()), chosen,
                chosen == NetworkSource.TRAIN ? null : Path.of(network.getText().trim()), layer, epochs.getValue(),
                preprocessing.getValue());
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
        grid.addRow(6, new Label("Keras input preprocessing"), preprocessing);
        grid.addRow(7, new Label("Training epochs"), new HBox(epochs));
        grid.addRow(8, new Label("Layer to explain"), zLayer);
        problem.setId("new-workspace-problem");
        problem.setWrapText(true);
        // The whole width of the form, and as many lines as the sentence needs: cut short, it loses its advice.
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setPrefWidth(700);
        grid.add(problem, 0, 9, 3, 1);
        folder.setPrefColumnCount(36);
        return grid;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static Button browse(Supplier<Optional<File>> chooser, TextField into) {
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

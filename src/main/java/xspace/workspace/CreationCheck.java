package xspace.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import xspace.model.CnnStore;
import xspace.workspace.WorkspaceCreation.NetworkSource;

/**
 * What is wrong with a request for a new workspace, field by field, found from the file system
 * alone (quick enough for a form that checks as the user types); reading the dataset and the
 * network happens when the workspace is created.
 */
public final class CreationCheck {

    /** The fields of a request. */
    public enum Field {
        FOLDER("Workspace folder"), DATASET("Dataset"), NETWORK("Network file");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One thing wrong, in one field. */
    public record Problem(Field field, String message) {
        @Override
        public String toString() {
            return field.label() + ": " + message;
        }
    }

    private CreationCheck() {
    }

    /** The problems of the texts as typed (blank when empty); the network's is ignored when training. */
    public static List<Problem> of(String folder, String dataset, NetworkSource source, String network) {
        List<Problem> problems = new ArrayList<>();
        folderProblem(folder, dataset).ifPresent(m -> problems.add(new Problem(Field.FOLDER, m)));
        datasetProblem(dataset).ifPresent(m -> problems.add(new Problem(Field.DATASET, m)));
        if (source != NetworkSource.TRAIN) {
            networkProblem(network, source).ifPresent(m -> problems.add(new Problem(Field.NETWORK, m)));
        }
        return problems;
    }

    private static Optional<String> folderProblem(String text, String dataset) {
        if (text == null || text.isBlank()) {
            return Optional.of("choose an empty or new folder");
        }
        Path folder = Path.of(text.strip());
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of(folder + " is a file, not a folder");
        }
        if (Workspace.isWorkspace(folder)) {
            return Optional.of(folder + " is already a workspace: open it with File ▸ Open workspace… instead");
        }
        return NewWorkspaceFolder.problem(folder, dataset == null || dataset.isBlank() ? null
                : Path.of(dataset.strip()));
    }

    private static Optional<String> datasetProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("choose the dataset's folder (CUB-200-2011 layout)");
        }
        Path dataset = Path.of(text.strip());
        if (!Files.isDirectory(dataset)) {
            return Optional.of(dataset + " is not a folder");
        }
        for (String file : List.of("images.txt", "classes.txt", "image_class_labels.txt", "train_test_split.txt")) {
            if (!Files.isRegularFile(dataset.resolve(file))) {
                return Optional.of(file + " is missing in " + dataset + ": not a CUB-layout dataset");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> networkProblem(String text, NetworkSource source) {
        if (text == null || text.isBlank()) {
            return Optional.of(source == NetworkSource.KERAS_H5 ? "choose the Keras model (.h5)"
                    : "choose the XSpace network (.zip)");
        }
        Path file = Path.of(text.strip());
        if (!Files.isRegularFile(file)) {
            return Optional.of(file + (Files.exists(file) ? " is not a file" : " does not exist"));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (source == NetworkSource.KERAS_H5 && !(name.endsWith(".h5") || name.endsWith(".hdf5"))) {
            return Optional.of(file.getFileName() + " is not a Keras .h5 file; for an XSpace network choose"
                    + " \"XSpace network (.zip)\"");
        }
        if (source == NetworkSource.MODEL_ZIP && !name.endsWith(".zip")) {
            return Optional.of(file.getFileName() + " is not an XSpace network (.zip); for a Keras model"
                    + " choose \"Keras model\"");
        }
        if (source == NetworkSource.MODEL_ZIP && !Files.isRegularFile(CnnStore.infoPath(file))) {
            return Optional.of("its description " + CnnStore.infoPath(file).getFileName()
                    + " is missing beside it");
        }
        return Optional.empty();
    }
}

package xspace.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import xspace.data.CubDataset;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.engine.TaskMonitor;
import xspace.model.Augmentation;
import xspace.model.CnnSpec;
import xspace.model.CnnStore;
import xspace.model.DatasetLabels;
import xspace.model.DatasetTraining;
import xspace.model.ExplainedCnn;
import xspace.model.InputPreprocessing;
import xspace.model.KerasImport;
import xspace.model.TrainingOptions;

/**
 * A new workspace from a dataset and a network that is taken as it is, imported from Keras, or
 * trained here on the dataset's training split (the demo architecture); the features are
 * extracted at the end so that explanation modules can be trained at once.
 */
public final class WorkspaceCreation {

    /** Where the network comes from. */
    public enum NetworkSource {
        /** A network saved by XSpace ({@code .zip} with its {@code .json}). */
        MODEL_ZIP,
        /** A Keras model saved with {@code model.save()}; its classes must be the dataset's. */
        KERAS_H5,
        /** The demo architecture trained on the dataset ({@code epochs}, 64 px). */
        TRAIN
    }

    /**
     * @param network the model file (ignored when training)
     * @param zLayer  the layer to explain, or null for the network's default
     * @param epochs  training epochs when the network is trained here
     * @param preprocessing how a Keras model's input was prepared in its training (null: the default)
     */
    public record Request(Path folder, Path dataset, NetworkSource source, Path network, String zLayer, int epochs,
            InputPreprocessing preprocessing) {

        public Request {
            preprocessing = preprocessing == null ? InputPreprocessing.DEFAULT : preprocessing;
        }
    }

    private WorkspaceCreation() {
    }

    public static Workspace create(Request request, TaskMonitor monitor) throws IOException {
        if (Workspace.isWorkspace(request.folder())) {
            throw new WorkspaceException(request.folder() + " is already a workspace: open it instead");
        }
        NewWorkspaceFolder.check(request.folder(), request.dataset());
        CubDataset dataset = CubReader.read(request.dataset(), ValidationMode.LENIENT);
        NewWorkspaceFolder.claim(request.folder(), request.dataset());
        Path network = switch (request.source()) {
            case MODEL_ZIP -> request.network();
            case KERAS_H5 -> save(KerasImport.importModel(request.network(), DatasetLabels.classNames(dataset),
                    request.preprocessing()), request.folder());
            case TRAIN -> save(train(dataset, request, monitor.stage(0, 0.8)), request.folder());
        };
        Workspace workspace = Workspace.create(request.folder(), dataset, network, request.zLayer(), false);
        if (!network.equals(request.network())) {
            Files.deleteIfExists(CnnStore.infoPath(network));
            Files.deleteIfExists(network);
        }
        new ModuleTraining(workspace).ensureFeatures(monitor.stage(request.source() == NetworkSource.TRAIN ? 0.8 : 0.1, 1));
        return workspace;
    }

    private static ExplainedCnn train(CubDataset dataset, Request request, TaskMonitor monitor) throws IOException {
        List<String> classes = DatasetLabels.classNames(dataset);
        ExplainedCnn start = DatasetTraining.untrained(dataset, CnnSpec.demo(64, classes.size()), 1,
                "trained by XSpace on " + request.dataset().toAbsolutePath().normalize());
        TrainingOptions options = TrainingOptions.defaults().withEpochs(request.epochs())
                .withAugmentation(Augmentation.DEFAULT);
        return DatasetTraining.train(dataset, start, options, request.folder().resolve("cnn.checkpoints"), monitor,
                epoch -> { }).cnn();
    }

    /** The network in a file of the new folder, from which the workspace copies it. */
    private static Path save(ExplainedCnn cnn, Path folder) throws IOException {
        Path zip = folder.resolve("network-to-copy.zip");
        CnnStore.save(cnn, zip);
        return zip;
    }
}

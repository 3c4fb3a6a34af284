package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import xspace.data.CubFixture;
import xspace.model.InputPreprocessing;
import xspace.workspace.WorkspaceCreation;
import xspace.testing.ScratchFolders;

/** File ▸ New workspace: the form, then the creation in the background and the new workspace opened. */
class AppNewWorkspaceTest extends AppTestBase {

    @Test
    void theFormAsksForWhatItNeedsAndTheNewWorkspaceOpens() throws Exception {
        driver.awaitModule(window);
        Path root = ScratchFolders.create("new-workspace");
        Path data = CubFixture.at(root.resolve("data")).write().root();
        Path h5 = Path.of("src/test/resources/keras/tiny_vgg_sequential.h5").toAbsolutePath();

        NewWorkspaceDialog dialog = WaitForAsyncUtils.asyncFx(() -> new NewWorkspaceDialog(window.stage())).get();
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        WaitForAsyncUtils.asyncFx(() -> {
            dialog.folder.setText(root.resolve("ws").toString());
            dialog.dataset.setText(data.toString());
        }).get();
        assertThat(ok.isDisabled()).as("no network file yet").isTrue();
        WaitForAsyncUtils.asyncFx(() -> dialog.train.setSelected(true)).get();
        assertThat(ok.isDisabled()).as("training needs no file").isFalse();
        assertThat(dialog.network.isDisabled()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> {
            dialog.kerasH5.setSelected(true);
            dialog.network.setText(h5.toString());
        }).get();
        assertThat(ok.isDisabled()).isFalse();

        WorkspaceCreation.Request request = dialog.request();
        assertThat(request.source()).isEqualTo(WorkspaceCreation.NetworkSource.KERAS_H5);
        assertThat(request.zLayer()).isNull();
        assertThat(request.preprocessing()).isEqualTo(InputPreprocessing.DEFAULT);
        WaitForAsyncUtils.asyncFx(() -> window.create(request)).get();
        AppDriver.await(() -> window.state.session.get() != null
                && window.state.session.get().workspace().root().equals(root.resolve("ws"))
                && window.tasks.running().isEmpty());
        assertThat(window.state.session.get().workspace().cnnInfo().classCount()).isEqualTo(CubFixture.CLASSES);
        assertThat(window.state.session.get().workspace().featuresDir().resolve("z.npy")).exists();
    }

    @Test
    void theFormSaysWhatIsWrongInWhichFieldAndKeepsWhatWasTyped() throws Exception {
        driver.awaitModule(window);
        Path root = ScratchFolders.create("new-workspace-problems");
        Path data = CubFixture.at(root.resolve("data")).write().root();
        Path h5 = Path.of("src/test/resources/keras/tiny_vgg_sequential.h5").toAbsolutePath();
        NewWorkspaceDialog dialog = WaitForAsyncUtils.asyncFx(() -> new NewWorkspaceDialog(window.stage())).get();
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        assertThat(dialog.problem.getText()).startsWith("Workspace folder: choose");

        WaitForAsyncUtils.asyncFx(() -> {
            dialog.folder.setText(workspace.toString());
            dialog.dataset.setText(root.toString());
        }).get();
        assertThat(dialog.problem.getText()).startsWith("Workspace folder: ").contains("already a workspace");
        WaitForAsyncUtils.asyncFx(() -> dialog.folder.setText(root.resolve("ws").toString())).get();
        assertThat(dialog.problem.getText()).startsWith("Dataset: images.txt is missing in " + root);
        assertThat(dialog.dataset.getPseudoClassStates().toString()).contains("problem");
        assertThat(dialog.folder.getPseudoClassStates().toString()).doesNotContain("problem");

        WaitForAsyncUtils.asyncFx(() -> {
            dialog.dataset.setText(data.toString());
            dialog.network.setText(h5.toString());
        }).get();
        assertThat(dialog.problem.getText()).startsWith("Network file: tiny_vgg_sequential.h5 is not an XSpace network");
        assertThat(ok.isDisabled()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> dialog.kerasH5.setSelected(true)).get();
        assertThat(dialog.problem.getText()).isEqualTo("Ready to create.");
        assertThat(ok.isDisabled()).isFalse();

        assertThat(dialog.preprocessing.isDisabled()).isFalse();
        WaitForAsyncUtils.asyncFx(() -> dialog.preprocessing.setValue(InputPreprocessing.TF)).get();
        WorkspaceCreation.Request typed = dialog.request();
        assertThat(typed.preprocessing()).isEqualTo(InputPreprocessing.TF);
        NewWorkspaceDialog again = WaitForAsyncUtils.asyncFx(() -> new NewWorkspaceDialog(window.stage(), typed)).get();
        assertThat(again.request()).isEqualTo(typed);
    }
}

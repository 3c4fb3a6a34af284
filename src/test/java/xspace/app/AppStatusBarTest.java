package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import xspace.data.BirdImage;
import xspace.testing.ScratchFolders;

/** An error in the status bar gives way once later work succeeds, rather than reading as its outcome. */
class AppStatusBarTest extends AppTestBase {

    @Test
    void anErrorIsClearedByLaterWorkThatSucceeds(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Label message = robot.lookup("#status-message").queryAs(Label.class);
        Path notAWorkspace = ScratchFolders.create("not-a-workspace");
        WaitForAsyncUtils.asyncFx(() -> window.open(notAWorkspace)).get();
        assertThat(message.getStyleClass()).contains("error");

        BirdImage other = window.imageView().browser().table().getItems().stream()
                .filter(image -> !image.equals(window.state.image.get())).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> window.state.image.set(other)).get();
        AppDriver.await(() -> window.tasks.running().isEmpty());
        assertThat(message.getText()).doesNotContain("is not a workspace");
        assertThat(message.getStyleClass()).doesNotContain("error");
    }

    @Test
    void anErrorStaysRedAfterWorkStartedBeforeIt(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Label message = robot.lookup("#status-message").queryAs(Label.class);
        CountDownLatch release = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> window.tasks.run("slow", "Slow work", monitor -> {
            release.await();
            return 1;
        }, done -> { })).get();
        WaitForAsyncUtils.asyncFx(() -> window.status().error("Something went wrong")).get();
        release.countDown();
        AppDriver.await(() -> window.tasks.running().isEmpty());
        assertThat(message.getText()).isEqualTo("Something went wrong");
        assertThat(message.getStyleClass()).containsOnlyOnce("error");
    }
}

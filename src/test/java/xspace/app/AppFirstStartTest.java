package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import xspace.workspace.DemoAssets;
import xspace.workspace.DemoInstaller;

/**
 * The README's run command, headless: with no workspace named and none remembered, the application
 * installs the bundled demo from {@code assets/} (birds regenerated, features extracted) and opens
 * it on an explained class, without training anything.
 */
@ExtendWith(ApplicationExtension.class)
class AppFirstStartTest {

    private final String node = "xspace/first-start-" + System.nanoTime();
    private XSpaceApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new XSpaceApp(AppOptions.interactive().withAnnotator(AppDriver.ANNOTATOR).withPreferences(node));
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        WaitForAsyncUtils.asyncFx(app::stop).get(); // where JavaFX calls it
        WaitForAsyncUtils.asyncFx(() -> stage.setOnHidden(null)).get();
        Preferences.userRoot().node(node).removeNode();
    }

    @Test
    void opensTheBundledDemoOnAnExplainedClass() throws Exception {
        assertThat(DemoAssets.locate().exists()).as("the demo assets ship with the repository").isTrue();
        MainWindow window = app.window();
        // The first install extracts the features of every demo image: minutes on a slow machine.
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (window.state.scores.get() == null || !window.tasks.running().isEmpty()) {
            if (System.nanoTime() > end) {
                throw new TimeoutException("the demo did not open within 10 minutes");
            }
            Thread.sleep(200);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Path installed = DemoInstaller.userDataFolder().resolve("demo");
        assertThat(DemoInstaller.isInstalled(installed)).isTrue();
        assertThat(window.state.session.get().workspace().root()).isEqualTo(installed.resolve("workspace"));
        assertThat(Files.exists(window.state.session.get().workspace().featuresDir().resolve("z.npy"))).isTrue();
        assertThat(stage.getTitle()).contains("XSpace");
    }
}

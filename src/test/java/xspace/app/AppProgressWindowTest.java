package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import xspace.app.common.ProgressWindow;

/** The window that follows a long task: shown after a moment, cancels the task, closes with it. */
@ExtendWith(ApplicationExtension.class)
class AppProgressWindowTest {

    private static final String TITLE = "Preparing the demo workspace";
    private Stage owner;

    /** An owner of its own: the primary stage is shared with other application tests. */
    @Start
    void start(Stage primary) {
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 200, 100));
        owner.show();
    }

    private static Optional<Stage> progressWindow() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage)
                .map(w -> (Stage) w).filter(s -> TITLE.equals(s.getTitle())).findFirst()).get();
    }

    @Test
    void aLongTaskGetsAWindowWhoseCancelStopsIt() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                for (int i = 0; i < 300 && !isCancelled(); i++) {
                    updateProgress(i, 300);
                    updateMessage("step " + i);
                    Thread.sleep(100);
                }
                cancelled.countDown();
                return null;
            }
        };
        WaitForAsyncUtils.asyncFx(() -> ProgressWindow.follow(owner, TITLE, task)).get();
        new Thread(task).start();
        Thread.sleep((long) ProgressWindow.DELAY.toMillis() + 1500);
        Stage window = progressWindow().orElseThrow(() -> new AssertionError("no progress window after the delay"));
        Button cancel = (Button) window.getScene().getRoot().lookupAll(".button").iterator().next();
        WaitForAsyncUtils.asyncFx(cancel::fire).get();
        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.isCancelled()).isTrue();
        assertThat(progressWindow()).isEmpty();
    }

    @Test
    void aQuickTaskShowsNoWindow() throws Exception {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                return null;
            }
        };
        WaitForAsyncUtils.asyncFx(() -> ProgressWindow.follow(owner, TITLE, task)).get();
        new Thread(task).start();
        Thread.sleep((long) ProgressWindow.DELAY.toMillis() + 800);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progressWindow()).isEmpty();
    }
}

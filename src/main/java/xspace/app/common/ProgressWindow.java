package xspace.app.common;

import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A small window that follows a long task (the demo's first install) with its progress, its
 * current step and a Cancel button. It appears only if the task is still running after a moment,
 * and closes itself when the task ends in any way.
 */
public final class ProgressWindow {

    /** How long a task may run before the window appears: quick work shows only in the status bar. */
    public static final Duration DELAY = Duration.seconds(1);

    private ProgressWindow() {
    }

    public static void follow(Window owner, String title, Task<?> task) {
        PauseTransition wait = new PauseTransition(DELAY);
        wait.setOnFinished(e -> {
            if (task.isRunning() || task.getState() == Worker.State.SCHEDULED) {
                show(owner, title, task);
            }
        });
        wait.play();
    }

    private static void show(Window owner, String title, Task<?> task) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        bar.progressProperty().bind(task.progressProperty());
        Label step = new Label();
        step.setId("progress-window-message");
        step.textProperty().bind(task.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> task.cancel(false));
        VBox box = new VBox(10, new Label(title), bar, step, cancel);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        task.stateProperty().addListener((o, a, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                stage.close();
            }
        });
        stage.show();
    }
}

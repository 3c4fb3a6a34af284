package xspace.app.common;

import java.util.HashSet;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import xspace.engine.BackendReport;
import xspace.engine.ProgressTask;
import xspace.gpu.GpuExecutors;

/**
 * The bottom line: the latest background task's message and progress with a Cancel button, the
 * last error or notice, and which backend ND4J computes on (found off the FX thread, since asking
 * starts ND4J). An error stays until a notice replaces it or work started after it succeeds: by
 * then the user has moved on, and an old error would read as if the new work had failed.
 */
public final class StatusBar extends HBox {

    private final Label message = new Label("Open a workspace (File ▸ Open workspace…)");
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel", Icons.of(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
    private final Label backend = new Label("backend: starting…");
    private final BackgroundTasks tasks;
    /** What the message line shows when no work runs: the last notice. */
    private String idle = "Ready";
    /** While an error shows: the tasks already running when it came, whose success does not clear it. */
    private Set<Task<?>> olderThanError;

    public StatusBar(BackgroundTasks tasks) {
        this.tasks = tasks;
        getStyleClass().add("status-bar");
        message.setId("status-message");
        // The line is cut to the window's width; the whole of it stays one hover away.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(message.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(720);
        message.setTooltip(whole);
        cancel.setId("status-cancel");
        backend.setId("status-backend");
        backend.getStyleClass().add("backend");
        progress.setPrefWidth(160);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, progress, cancel, spacer, backend);
        tasks.running().addListener((ListChangeListener<Task<?>>) c -> {
            clearErrorAfterSuccess(c);
            follow();
        });
        tasks.onError(this::error);
        follow();
    }

    /**
     * Shows the backend line once ND4J (and the GPU, where heatmaps run on it) has started in the
     * background; its tooltip says where inference and heatmaps run, and why.
     */
    public void reportBackend() {
        ProgressTask<String[]> probe = monitor -> new String[] {BackendReport.current().toString()
                + GpuExecutors.gpuInShort().map(gpu -> " · heatmaps on " + gpu).orElse(""), GpuExecutors.status()};
        tasks.run("backend", "Starting the compute backend", probe, text -> {
            backend.setText(text[0]);
            backend.setTooltip(new Tooltip("Training: ND4J, " + BackendReport.current() + "\nInference and heatmaps: "
                    + text[1]));
        });
    }

    public void notice(String text) {
        olderThanError = null;
        idle = text;
        message.textProperty().unbind();
        message.setText(text);
        markError(false);
    }

    public void error(String text) {
        notice(text);
        olderThanError = new HashSet<>(tasks.running());
        markError(true);
    }

    private void markError(boolean error) {
        message.getStyleClass().removeAll("error");
        if (error) {
            message.getStyleClass().add("error");
        }
    }

    private void clearErrorAfterSuccess(ListChangeListener.Change<? extends Task<?>> change) {
        while (change.next() && olderThanError != null) {
            for (Task<?> done : change.getRemoved()) {
                if (done.getState() == Worker.State.SUCCEEDED && !olderThanError.contains(done)) {
                    notice("Ready");
                    return;
                }
            }
        }
    }

    /**
     * Cancels the computations; once they have stopped, the line says where the latest had got to,
     * since what a job had done by then is kept (the maps cached so far, for one).
     */
    private void cancelAll() {
        String reached = message.getText();
        String before = idle;
        Set<Task<?>> olderBefore = olderThanError;
        // Set first: the last task cancelled shows the idle line as it leaves, within cancelAll.
        idle = reached == null || reached.isBlank() ? "Cancelled" : "Cancelled: " + reached;
        olderThanError = null;
        if (!tasks.cancelAll()) {
            idle = before;
            olderThanError = olderBefore;
        }
    }

    private void follow() {
        boolean busy = !tasks.running().isEmpty();
        progress.setVisible(busy);
        cancel.setVisible(busy);
        progress.progressProperty().unbind();
        if (busy) {
            Task<?> latest = tasks.running().get(tasks.running().size() - 1);
            markError(false);
            message.textProperty().bind(latest.messageProperty());
            progress.progressProperty().bind(latest.progressProperty());
            cancel.setOnAction(e -> cancelAll());
        } else if (message.textProperty().isBound()) {
            message.textProperty().unbind();
            message.setText(idle);
            markError(olderThanError != null);
        }
    }
}

package xspace.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Keeps the size and place a window opened at while the window manager maps it. Under some window managers
 * (openbox) GTK passes through a 200 × 200 window, or its minimum size, while mapping, and the
 * window may stay that way; for a moment after showing, any such change is undone.
 */
final class WindowSizeGuard {

    private static final Duration SETTLING = Duration.seconds(3);
    private static final int MAX_CORRECTIONS = 6;

    private WindowSizeGuard() {
    }

    /** @param x where the window was placed, NaN when the window manager places it */
    static void keep(Stage stage, double sceneWidth, double sceneHeight, double x, double y) {
        int[] corrections = {0};
        ChangeListener<Number> guard = (o, before, now) -> {
            if (stage.isMaximized() || corrections[0] >= MAX_CORRECTIONS) {
                return;
            }
            Platform.runLater(() -> {
                if (!stage.isMaximized() && stage.getScene() != null
                        && (Math.abs(stage.getScene().getWidth() - sceneWidth) > 1
                        || Math.abs(stage.getScene().getHeight() - sceneHeight) > 1)) {
                    corrections[0]++;
                    stage.sizeToScene(); // the scene keeps the size it was made with: the window fits it again
                    if (!Double.isNaN(x) && !Double.isNaN(y)) {
                        stage.setX(x);
                        stage.setY(y);
                    }
                }
            });
        };
        stage.widthProperty().addListener(guard);
        stage.heightProperty().addListener(guard);
        PauseTransition settled = new PauseTransition(SETTLING);
        settled.setOnFinished(e -> {
            stage.widthProperty().removeListener(guard);
            stage.heightProperty().removeListener(guard);
        });
        settled.play();
    }
}

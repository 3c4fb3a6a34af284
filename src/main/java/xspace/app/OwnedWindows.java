package xspace.app;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * What the window manager may get wrong about the windows the main window opens (dialogs, the
 * user guide), put right once they show:
 * <ul>
 * <li>Openbox may place a new window at the screen's top-left, over the main window's title bar,
 * whatever position JavaFX asked for: a window far from its owner's centre is moved there.</li>
 * <li>JavaFX 21's GTK glass freezes a window's size while a modal window disables it (JDK-8332222,
 * fixed in later JavaFX) at a size it remembers from before maximising; window managers that do
 * not check for maximised windows (openbox, KDE) shrink a maximised main window to it. A main
 * window maximised when a modal window opened is maximised again when it closes.</li>
 * </ul>
 */
final class OwnedWindows {

    /** Long enough for the window manager to have placed the window and told JavaFX where. */
    private static final Duration PLACED = Duration.millis(200);
    /** How far off its owner's centre a window may sit (the window manager's own adjustment). */
    private static final double OFF_CENTRE = 60;

    private OwnedWindows() {
    }

    static void watch(Stage main) {
        // once per stage: a program that drives the application may start it again on the same stage
        if (main.getProperties().putIfAbsent(OwnedWindows.class, Boolean.TRUE) != null) {
            return;
        }
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window added : c.getAddedSubList()) {
                    if (added instanceof Stage stage && stage != main) {
                        opened(main, stage);
                    }
                }
            }
        });
    }

    private static void opened(Stage main, Stage stage) {
        PauseTransition placed = new PauseTransition(PLACED);
        placed.setOnFinished(e -> centreOn(main, stage));
        placed.play();
        if (stage.getModality() != Modality.NONE && main.isMaximized()) {
            double width = main.getWidth();
            double height = main.getHeight();
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                PauseTransition enabled = new PauseTransition(PLACED);
                enabled.setOnFinished(done -> maximiseAgain(main, width, height));
                enabled.play();
            });
        }
    }

    /**
     * Once the main window takes input again. JavaFX may still hold it maximised while the window
     * manager shrank it, and then setting it maximised changes nothing: it is set back first.
     */
    private static void maximiseAgain(Stage main, double width, double height) {
        boolean shrunk = main.getWidth() < width - 1 || main.getHeight() < height - 1;
        if (!main.isMaximized() || shrunk) {
            main.setMaximized(false);
            main.setMaximized(true);
        }
    }

    /** Centres the window on its owner (the main window where it has none) unless it is near there. */
    static void centreOn(Stage main, Stage stage) {
        Window owner = stage.getOwner() == null ? main : stage.getOwner();
        if (!stage.isShowing() || !owner.isShowing()) {
            return;
        }
        double x = owner.getX() + (owner.getWidth() - stage.getWidth()) / 2;
        double y = owner.getY() + (owner.getHeight() - stage.getHeight()) / 3;
        if (Math.abs(stage.getX() - x) > OFF_CENTRE || Math.abs(stage.getY() - y) > OFF_CENTRE) {
            stage.setX(Math.max(owner.getX(), x));
            stage.setY(Math.max(owner.getY(), y));
        }
    }
}

package xspace.app.concept;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls the scroll pane around a node just enough to show it: a field that takes the focus while
 * scrolled out of sight (type to name) would otherwise be typed into blind.
 */
final class ScrollIntoView {

    private ScrollIntoView() {
    }

    /** Shows the node in the nearest scroll pane holding it; nothing when none does or it is in sight. */
    static void reveal(Node node) {
        Parent parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof ScrollPane pane) || pane.getContent() == null) {
            return;
        }
        Node content = pane.getContent();
        Bounds shown = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = pane.getViewportBounds().getHeight();
        double scrollable = content.getBoundsInLocal().getHeight() - viewport;
        if (scrollable <= 0) {
            return;
        }
        double range = pane.getVmax() - pane.getVmin();
        double top = (pane.getVvalue() - pane.getVmin()) / range * scrollable;
        if (shown.getMinY() < top) {
            top = shown.getMinY();
        } else if (shown.getMaxY() > top + viewport) {
            top = Math.min(shown.getMaxY(), content.getBoundsInLocal().getHeight()) - viewport;
        } else {
            return;
        }
        pane.setVvalue(pane.getVmin() + Math.max(0, Math.min(1, top / scrollable)) * range);
    }
}

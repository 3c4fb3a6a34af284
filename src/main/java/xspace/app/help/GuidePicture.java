package xspace.app.help;

import java.net.URL;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/**
 * A picture that stands alone in its paragraph, from the resources beside the guide (the jar
 * carries the guide's screenshots), shown at most as wide as the page and never wider than drawn.
 */
final class GuidePicture {

    private GuidePicture() {
    }

    /** The picture, or empty when it is not among the resources (its description then stands in). */
    static Optional<StackPane> of(org.commonmark.node.Image image) {
        URL url = MarkdownView.class.getResource(image.getDestination());
        if (url == null) {
            return Optional.empty();
        }
        // Loaded in the background: the page shows at once, the picture when it is read.
        ImageView view = new ImageView(new Image(url.toExternalForm(), true));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        String alt = InlineRuns.plain(image);
        view.setAccessibleText(alt);
        Tooltip.install(view, new Tooltip(alt));
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("md-picture");
        frame.setMinWidth(0);
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double natural = view.getImage().getWidth();
            double room = Math.max(100, frame.getWidth() - 8);
            return natural > 0 ? Math.min(natural, room) : room;
        }, frame.widthProperty(), view.getImage().widthProperty()));
        return Optional.of(frame);
    }
}

package xspace.app.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * A Markdown document rendered as a page of JavaFX nodes, styled by {@code markdown.css}, with its
 * level-two headings as sections to jump to.
 */
public final class MarkdownView extends VBox {

    /** A level-two heading and the node that shows it. */
    public record Section(String title, Node heading) {
    }

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final List<Section> sections = new ArrayList<>();

    public MarkdownView(String markdown) {
        getStyleClass().add("md-page");
        getStylesheets().add(MarkdownView.class.getResource("markdown.css").toExternalForm());
        PARSER.parse(markdown).accept(new BlockRenderer(this, sections));
    }

    /** The level-two headings, in order. */
    public List<Section> sections() {
        return List.copyOf(sections);
    }
}

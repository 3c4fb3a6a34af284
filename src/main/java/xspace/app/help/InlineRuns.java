package xspace.app.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * The inline content of a paragraph, heading or table cell as styled text runs: plain, bold,
 * italic, code, links. Each run carries the style classes of everything around it, so bold inside a
 * link stays both.
 */
final class InlineRuns extends AbstractVisitor {

    private final List<Text> runs = new ArrayList<>();
    private final List<String> styles = new ArrayList<>();
    private String linkTarget;

    private InlineRuns() {
    }

    /** The runs of a block's children, in order. */
    static List<Text> of(Node block) {
        InlineRuns visitor = new InlineRuns();
        visitor.visitChildren(block);
        return visitor.runs;
    }

    /** A block's text without its formatting, as the contents list names a heading. */
    static String plain(Node block) {
        StringBuilder text = new StringBuilder();
        of(block).forEach(run -> text.append(run.getText()));
        return text.toString().strip();
    }

    @Override
    public void visit(org.commonmark.node.Text text) {
        add(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        within("md-code", () -> add(code.getLiteral()));
    }

    @Override
    public void visit(Emphasis emphasis) {
        within("md-italic", () -> visitChildren(emphasis));
    }

    @Override
    public void visit(StrongEmphasis strong) {
        within("md-bold", () -> visitChildren(strong));
    }

    @Override
    public void visit(Link link) {
        // No browser is at hand and the guide's links point at files beside it: the target goes in a tooltip.
        String outer = linkTarget;
        linkTarget = link.getDestination();
        within("md-link", () -> visitChildren(link));
        linkTarget = outer;
    }

    @Override
    public void visit(Image image) {
        // A picture within running text, or one the jar does not carry: its description stands in.
        within("md-image", () -> {
            add("[picture: ");
            visitChildren(image);
            add("]");
        });
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        add(" ");
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        add("\n");
    }

    @Override
    public void visit(HtmlInline html) {
        add(html.getLiteral());
    }

    private void within(String style, Runnable inside) {
        styles.add(style);
        inside.run();
        styles.remove(styles.size() - 1);
    }

    private void add(String literal) {
        Text run = new Text(literal);
        run.getStyleClass().add("md-text");
        run.getStyleClass().addAll(styles);
        if (linkTarget != null) {
            Tooltip.install(run, new Tooltip(linkTarget));
        }
        runs.add(run);
    }
}

package xspace.app.help;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Turns a Markdown document's blocks into JavaFX nodes, appended to the box that holds the block
 * being visited: the page, a list item or a block quote. Level-two headings are collected for the
 * contents list.
 */
final class BlockRenderer extends AbstractVisitor {

    private final Deque<Pane> boxes = new ArrayDeque<>();
    private final List<MarkdownView.Section> sections;
    private int listDepth;

    BlockRenderer(VBox page, List<MarkdownView.Section> sections) {
        boxes.push(page);
        this.sections = sections;
    }

    @Override
    public void visit(Heading heading) {
        Label label = new Label(InlineRuns.plain(heading));
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE); // the rule under a section heading spans the page
        label.getStyleClass().addAll("md-heading", "md-h" + Math.min(heading.getLevel(), 4));
        add(label);
        if (heading.getLevel() == 2) {
            sections.add(new MarkdownView.Section(label.getText(), label));
        }
    }

    @Override
    public void visit(Paragraph paragraph) {
        if (paragraph.getFirstChild() instanceof Image image && image.getNext() == null) {
            GuidePicture.of(image).ifPresentOrElse(this::add, () -> add(flow(paragraph, "md-paragraph")));
            return;
        }
        add(flow(paragraph, "md-paragraph"));
    }

    @Override
    public void visit(FencedCodeBlock code) {
        add(codeBlock(code.getLiteral()));
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        add(codeBlock(code.getLiteral()));
    }

    @Override
    public void visit(HtmlBlock html) {
        add(codeBlock(html.getLiteral()));
    }

    @Override
    public void visit(BlockQuote quote) {
        VBox box = box("md-quote");
        add(box);
        into(box, () -> visitChildren(quote));
    }

    @Override
    public void visit(ThematicBreak rule) {
        Separator separator = new Separator();
        separator.getStyleClass().add("md-rule");
        add(separator);
    }

    @Override
    public void visit(BulletList list) {
        list(list, listDepth == 0 ? "•" : listDepth == 1 ? "◦" : "▪", 0, "");
    }

    @Override
    public void visit(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        String delimiter = list.getMarkerDelimiter();
        list(list, null, start == null ? 1 : start, delimiter == null ? "." : delimiter);
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof TableBlock table) {
            add(TableGrid.of(table));
        } else {
            visitChildren(block);
        }
    }

    /** @param bullet the marker of every item, or null to number them from {@code number} */
    private void list(ListBlock list, String bullet, int number, String delimiter) {
        VBox box = box("md-list");
        add(box);
        listDepth++;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
            String marker = bullet != null ? bullet : number + delimiter;
            box.getChildren().add(item((ListItem) item, marker));
        }
        listDepth--;
    }

    private HBox item(ListItem item, String marker) {
        Label mark = new Label(marker);
        mark.getStyleClass().add("md-marker");
        mark.setMinWidth(Label.USE_PREF_SIZE);
        VBox body = box("md-item");
        body.setMinWidth(0);
        HBox.setHgrow(body, Priority.ALWAYS);
        into(body, () -> visitChildren(item));
        HBox row = new HBox(mark, body);
        row.getStyleClass().add("md-item-row");
        return row;
    }

    private static TextFlow flow(Node block, String style) {
        TextFlow flow = new TextFlow();
        flow.getChildren().addAll(InlineRuns.of(block));
        flow.getStyleClass().add(style);
        return flow;
    }

    /** Read-only but selectable, so a command can be copied; no wrapping, a command's line is one line. */
    private static TextArea codeBlock(String literal) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.setFocusTraversable(false);
        area.getStyleClass().add("md-code-block");
        // One row more than the lines, for the scroll bar a long line brings.
        area.setPrefRowCount(text.split("\n", -1).length + 1);
        area.setMinHeight(Label.USE_PREF_SIZE);
        return area;
    }

    private static VBox box(String style) {
        VBox box = new VBox();
        box.getStyleClass().add(style);
        return box;
    }

    private void into(Pane box, Runnable inside) {
        boxes.push(box);
        inside.run();
        boxes.pop();
    }

    private void add(javafx.scene.Node node) {
        boxes.peek().getChildren().add(node);
    }
}

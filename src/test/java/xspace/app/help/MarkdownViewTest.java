package xspace.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Markdown renderer: each kind of block and inline becomes the node the guide's reader expects. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {

    private static MarkdownView render(String markdown) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new MarkdownView(markdown)).get();
    }

    @Test
    void aTableBecomesAGridWithAHeaderRowAndItsCells() throws Exception {
        MarkdownView view = render("| key | does |\n|---|---|\n| Ctrl+Q | quit **now** |\n| F1 | this guide, the keys and what the views show |\n");
        GridPane grid = (GridPane) view.getChildren().get(0);
        assertThat(grid.getColumnConstraints()).hasSize(2);
        assertThat(cell(grid, 0, 0)).isEqualTo("key");
        assertThat(flowAt(grid, 0, 0).getStyleClass()).contains("md-th");
        assertThat(cell(grid, 1, 1)).isEqualTo("quit now");
        assertThat(flowAt(grid, 1, 1).getStyleClass()).contains("md-td");
        assertThat(cell(grid, 0, 2)).isEqualTo("F1");
        assertThat(percent(grid, 0) + percent(grid, 1)).isCloseTo(100, org.assertj.core.data.Offset.offset(0.01));
        assertThat(percent(grid, 1)).as("room by the text a column holds").isGreaterThan(percent(grid, 0));
        double keyWidth = WaitForAsyncUtils.asyncFx(() -> {
            new javafx.scene.Scene(view, 260, 400);
            view.applyCss();
            view.layout();
            return grid.getWidth() * percent(grid, 0) / 100;
        }).get();
        assertThat(keyWidth).as("narrow, a column keeps its longest word").isGreaterThan(new Text("Ctrl+Q")
                .getLayoutBounds().getWidth());
    }

    private static double percent(GridPane grid, int column) {
        return grid.getColumnConstraints().get(column).getPercentWidth();
    }

    @Test
    void boldItalicAndCodeBecomeStyledRuns() throws Exception {
        MarkdownView view = render("Plain **bold** and *italic* with `code` and [a link](metrics.md).");
        TextFlow paragraph = (TextFlow) view.getChildren().get(0);
        assertThat(run(paragraph, "bold").getStyleClass()).contains("md-text", "md-bold");
        assertThat(run(paragraph, "italic").getStyleClass()).contains("md-italic");
        assertThat(run(paragraph, "code").getStyleClass()).contains("md-code");
        assertThat(run(paragraph, "a link").getStyleClass()).contains("md-link");
        assertThat(run(paragraph, "Plain ").getStyleClass()).containsExactly("md-text");
        WaitForAsyncUtils.asyncFx(() -> new javafx.scene.Scene(view).getRoot().applyCss()).get();
        assertThat(run(paragraph, "bold").getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(run(paragraph, "Plain ").getFont().getStyle()).doesNotContainIgnoringCase("bold");
    }

    @Test
    void headingsAreLabelsAndTheSecondLevelOnesAreTheSections() throws Exception {
        MarkdownView view = render("# Guide\n\n## First *part*\n\ntext\n\n### Detail\n\n## Second\n");
        Label title = (Label) view.getChildren().get(0);
        assertThat(title.getText()).isEqualTo("Guide");
        assertThat(title.getStyleClass()).contains("md-h1");
        assertThat(view.sections()).extracting(MarkdownView.Section::title).containsExactly("First part", "Second");
        assertThat(view.sections().get(0).heading()).isSameAs(view.getChildren().get(1));
    }

    @Test
    void listsNestAndNumberAndCodeBlocksStaySelectable() throws Exception {
        MarkdownView view = render("- one\n  1. first\n  2. second\n- two\n\n```\nxspace --help\n```\n\n> quoted\n\n---\n\n"
                + "![Not drawn](images/absent.png)\n");
        VBox list = (VBox) view.getChildren().get(0);
        assertThat(list.getChildren()).hasSize(2);
        HBox first = (HBox) list.getChildren().get(0);
        assertThat(((Label) first.getChildren().get(0)).getText()).isEqualTo("•");
        VBox nested = (VBox) ((VBox) first.getChildren().get(1)).getChildren().get(1);
        assertThat(nested.getChildren()).extracting(row -> ((Label) ((HBox) row).getChildren().get(0)).getText())
                .containsExactly("1.", "2.");
        TextArea code = (TextArea) view.getChildren().get(1);
        assertThat(code.getText()).isEqualTo("xspace --help");
        assertThat(code.isEditable()).isFalse();
        assertThat(view.getChildren().get(2).getStyleClass()).contains("md-quote");
        assertThat(view.getChildren().get(3)).isInstanceOf(javafx.scene.control.Separator.class);
        assertThat(text(view.getChildren().get(4))).as("a picture the jar does not carry")
                .isEqualTo("[picture: Not drawn]");
    }

    @Test
    void theBundledGuideRendersWithNoMarkdownLeft() throws Exception {
        String guide;
        try (InputStream in = MarkdownView.class.getResourceAsStream("user-guide.md")) {
            assertThat(in).as("the guide travels in the jar").isNotNull();
            guide = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        MarkdownView view = render(guide);
        List<String> prose = new ArrayList<>();
        collectProse(view, prose);
        assertThat(prose).isNotEmpty().noneMatch(t -> t.contains("|---") || t.contains("**") || t.startsWith("#")
                || t.startsWith("- ") || t.contains("]("));
        assertThat(view.sections()).extracting(MarkdownView.Section::title).contains("Getting started", "Keyboard",
                "Metrics");
        assertThat(grids(view)).as("the keyboard table").isNotEmpty();
        List<ImageView> pictures = pictures(view);
        assertThat(pictures).as("the guide's screenshots travel with it").hasSizeGreaterThanOrEqualTo(3);
        for (ImageView picture : pictures) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> picture.getImage().getProgress() >= 1);
            assertThat(picture.getImage().isError()).isFalse();
            assertThat(picture.getImage().getWidth()).isGreaterThan(100);
        }
    }

    private static List<ImageView> pictures(Parent parent) {
        List<ImageView> found = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof ImageView view) {
                found.add(view);
            } else if (child instanceof Parent p) {
                found.addAll(pictures(p));
            }
        }
        return found;
    }

    private static List<GridPane> grids(Parent parent) {
        List<GridPane> grids = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof GridPane grid) {
                grids.add(grid);
            } else if (child instanceof Parent p && !(child instanceof TextArea)) {
                grids.addAll(grids(p));
            }
        }
        return grids;
    }

    /** Every text outside code blocks, where Markdown's marks would show if left unrendered. */
    private static void collectProse(Node node, List<String> prose) {
        if (node instanceof TextFlow || node instanceof Labeled) {
            prose.add(text(node));
        } else if (node instanceof Parent parent && !(node instanceof TextArea)) {
            parent.getChildrenUnmodifiable().forEach(child -> collectProse(child, prose));
        }
    }

    private static String text(Node node) {
        if (node instanceof Labeled label) {
            return label.getText();
        }
        StringBuilder text = new StringBuilder();
        ((TextFlow) node).getChildren().forEach(run -> text.append(((Text) run).getText()));
        return text.toString();
    }

    private static Text run(TextFlow flow, String literal) {
        return flow.getChildren().stream().map(Text.class::cast).filter(t -> t.getText().equals(literal)).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + literal + " in " + text(flow)));
    }

    private static TextFlow flowAt(GridPane grid, int column, int row) {
        return grid.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == column
                && GridPane.getRowIndex(n) == row).map(TextFlow.class::cast).findFirst().orElseThrow();
    }

    private static String cell(GridPane grid, int column, int row) {
        return text(flowAt(grid, column, row));
    }
}

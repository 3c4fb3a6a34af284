package xspace.app.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ObjDoubleConsumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The find field of the guide: Enter marks the next block (paragraph, heading, table cell, code)
 * that holds the words, after the one marked last and round to the start, and has it shown.
 * Whole blocks are marked because a text flow cannot shade part of a run.
 */
final class GuideFind {

    private static final String FOUND = "md-found";
    private static final double LINE_BEFORE = 24;

    private final MarkdownView page;
    private final ObjDoubleConsumer<Node> reveal;
    private final TextField field = new TextField();
    private final Label outcome = new Label();
    private Node marked;

    /** @param reveal scrolls to a node, to a line that many pixels below its top */
    GuideFind(MarkdownView page, ObjDoubleConsumer<Node> reveal) {
        this.page = page;
        this.reveal = reveal;
        field.setId("help-find");
        field.setPromptText("Find (Ctrl+F)");
        field.setOnAction(e -> next(field.getText()));
        field.textProperty().addListener((o, before, now) -> {
            field.setStyle("");
            outcome.setText("");
        });
        outcome.setId("help-find-outcome");
        outcome.setWrapText(true);
        outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
    }

    TextField field() {
        return field;
    }

    /** How the last search went: which place of how many, or that none holds the words. */
    Label outcome() {
        return outcome;
    }

    /** Marks and shows the next block holding {@code words}; false, with the field in red, when none does. */
    boolean next(String words) {
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return false;
        }
        List<Node> blocks = new ArrayList<>();
        collect(page, blocks);
        List<Node> holding = blocks.stream().filter(b -> text(b).toLowerCase(Locale.ROOT).contains(wanted)).toList();
        if (holding.isEmpty()) {
            unmark();
            field.setStyle("-fx-text-fill: #b3261e;");
            outcome.setText("Not in the guide");
            return false;
        }
        int from = blocks.indexOf(marked);
        for (int step = 1; step <= blocks.size(); step++) {
            Node block = blocks.get((from + step + blocks.size()) % blocks.size());
            int at = text(block).toLowerCase(Locale.ROOT).indexOf(wanted);
            if (at >= 0) {
                mark(block, at, wanted.length());
                outcome.setText((holding.indexOf(block) + 1) + " of " + holding.size()
                        + (holding.size() == 1 ? " place" : " places") + " (Enter: next)");
                return true;
            }
        }
        return false;
    }

    /** The block marked last, or null. */
    Node marked() {
        return marked;
    }

    private void mark(Node block, int at, int length) {
        unmark();
        marked = block;
        block.getStyleClass().add(FOUND);
        if (block instanceof TextArea code) {
            code.selectRange(at, at + length);
        }
        reveal.accept(block, block instanceof TextFlow flow ? lineOf(flow, at, length) : 0);
    }

    private void unmark() {
        if (marked != null) {
            marked.getStyleClass().remove(FOUND);
            marked = null;
        }
    }

    /** How far below the paragraph's top the words are, less a line, so they show with the line before them. */
    private static double lineOf(TextFlow flow, int at, int length) {
        for (PathElement element : flow.rangeShape(at, at + length)) {
            if (element instanceof MoveTo start) {
                return Math.max(0, start.getY() - LINE_BEFORE);
            }
        }
        return 0;
    }

    /** The blocks that hold text, in reading order. */
    private static void collect(Node node, List<Node> blocks) {
        if (node instanceof TextFlow || node instanceof Labeled || node instanceof TextArea) {
            blocks.add(node);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, blocks));
        }
    }

    private static String text(Node block) {
        if (block instanceof Labeled label) {
            return label.getText();
        }
        if (block instanceof TextArea area) {
            return area.getText();
        }
        StringBuilder text = new StringBuilder();
        for (Node run : ((TextFlow) block).getChildren()) {
            if (run instanceof Text t) {
                text.append(t.getText());
            }
        }
        return text.toString();
    }
}

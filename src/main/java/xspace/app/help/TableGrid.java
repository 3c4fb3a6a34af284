package xspace.app.help;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;

/**
 * A GFM table as a grid: a header row, then one row per line, each cell's text wrapped. Columns share
 * the width by how much text they hold, within bounds, so a long description column does not squeeze
 * a column of keys; and none narrows below its longest word, so no word breaks in the middle.
 */
final class TableGrid {

    /** A column's share counts its longest cell within these bounds (characters). */
    private static final int MIN_CHARS = 8;
    private static final int MAX_CHARS = 60;
    /** A cell's padding and border, beside its text (markdown.css). */
    private static final double CELL_INSETS = 18;
    private static final Font WIDEST = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14);

    private final GridPane grid = new GridPane();
    private final List<Integer> longest = new ArrayList<>();
    private final List<Double> longestWord = new ArrayList<>();

    private TableGrid() {
        grid.getStyleClass().add("md-table");
    }

    static GridPane of(TableBlock table) {
        TableGrid built = new TableGrid();
        int row = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node line = section.getFirstChild(); line != null; line = line.getNext()) {
                built.addRow(line, row++);
            }
        }
        built.longest.forEach(chars -> built.grid.getColumnConstraints().add(new ColumnConstraints()));
        built.share(800); // until the grid has its width
        built.grid.widthProperty().addListener((o, before, now) -> built.share(now.doubleValue()));
        return built.grid;
    }

    private void addRow(Node line, int row) {
        int column = 0;
        for (Node cell = line.getFirstChild(); cell != null; cell = cell.getNext(), column++) {
            TableCell tableCell = (TableCell) cell;
            TextFlow flow = new TextFlow();
            flow.getChildren().addAll(InlineRuns.of(tableCell));
            flow.getStyleClass().add(tableCell.isHeader() ? "md-th" : "md-td");
            flow.setTextAlignment(alignment(tableCell.getAlignment()));
            flow.setMaxWidth(Double.MAX_VALUE);
            grid.add(flow, column, row);
            measure(column, flow.getChildren().stream().map(run -> ((Text) run).getText()).collect(Collectors.joining()));
        }
    }

    private void measure(int column, String text) {
        if (longest.size() <= column) {
            longest.add(0);
            longestWord.add(0.0);
        }
        longest.set(column, Math.max(longest.get(column), text.length()));
        longestWord.set(column, Math.max(longestWord.get(column), widestWord(text) + CELL_INSETS));
    }

    /** Sets the columns' percentages for a grid this wide. */
    private void share(double width) {
        if (width <= 0) {
            return;
        }
        double[] widths = widths(width);
        for (int i = 0; i < widths.length; i++) {
            grid.getColumnConstraints().get(i).setPercentWidth(100 * widths[i] / width);
        }
    }

    /**
     * Widths in proportion to the columns' text; a column that would fall below its longest word
     * gets that word's width, and the others share what is left.
     */
    private double[] widths(double width) {
        int n = longest.size();
        double[] widths = new double[n];
        boolean[] atWord = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            double free = width;
            double weight = 0;
            for (int i = 0; i < n; i++) {
                free -= atWord[i] ? widths[i] : 0;
                weight += atWord[i] ? 0 : bounded(longest.get(i));
            }
            for (int i = 0; i < n; i++) {
                if (!atWord[i]) {
                    widths[i] = free * bounded(longest.get(i)) / weight;
                    if (widths[i] < longestWord.get(i)) {
                        widths[i] = longestWord.get(i);
                        atWord[i] = true;
                        changed = true;
                    }
                }
            }
        }
        return widths;
    }

    private static double widestWord(String text) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            Text measured = new Text(word);
            measured.setFont(WIDEST);
            widest = Math.max(widest, measured.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }

    private static double bounded(int chars) {
        return Math.max(MIN_CHARS, Math.min(MAX_CHARS, chars));
    }

    private static TextAlignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return TextAlignment.LEFT;
        }
        return switch (alignment) {
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
            default -> TextAlignment.LEFT;
        };
    }
}

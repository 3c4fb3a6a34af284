package xspace.app.metrics;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A table of measures read from a CSV file, its first row the header. Rows and headers carry what
 * they measure as tooltips: "Freg", "O2" or "ExcitationBP" mean little to a reader who has not read
 * the paper.
 */
final class MeasureTable {

    private final TableView<List<String>> table;
    private final Function<String, Optional<String>> columnMeaning;
    private final Function<String, Optional<String>> rowMeaning;

    MeasureTable(TableView<List<String>> table, Function<String, Optional<String>> columnMeaning,
            Function<String, Optional<String>> rowMeaning) {
        this.table = table;
        this.columnMeaning = columnMeaning;
        this.rowMeaning = rowMeaning;
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(26);
        table.setRowFactory(t -> new MeaningRow());
    }

    /** Shows the rows (cells as written, the means ± standard deviations of the CSV); none hides the table. */
    void fill(List<List<String>> rows) {
        table.getColumns().clear();
        boolean shown = !rows.isEmpty();
        table.setVisible(shown);
        table.setManaged(shown);
        if (!shown) {
            table.setItems(FXCollections.observableArrayList());
            return;
        }
        List<String> header = rows.get(0);
        for (int c = 0; c < header.size(); c++) {
            table.getColumns().add(column(header.get(c), c));
        }
        table.setItems(FXCollections.observableArrayList(rows.subList(1, rows.size())));
        table.setPrefHeight(table.getFixedCellSize() * (rows.size() + 0.5) + 8);
    }

    private TableColumn<List<String>, String> column(String name, int index) {
        TableColumn<List<String>, String> column = new TableColumn<>();
        // A header's tooltip needs a node of its own; the label is the header's text.
        Label title = new Label(name);
        title.setId("measure-column-" + index);
        columnMeaning.apply(name).ifPresent(m -> title.setTooltip(tooltip(m)));
        column.setGraphic(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                index < cell.getValue().size() ? cell.getValue().get(index) : ""));
        column.setSortable(false);
        // Cells hold "0.6341 ± 0.1262"; a header wider than that keeps room for its words.
        column.setMinWidth(index == 0 ? 220 : Math.max(130, 8 * name.length() + 24));
        column.setPrefWidth(index == 0 ? 280 : Math.max(150, 8 * name.length() + 24));
        return column;
    }

    static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    /** A row's tooltip says what its measure is, from the row's first cell. */
    private final class MeaningRow extends TableRow<List<String>> {
        @Override
        protected void updateItem(List<String> row, boolean empty) {
            super.updateItem(row, empty);
            Optional<String> meaning = empty || row == null || row.isEmpty() ? Optional.empty()
                    : rowMeaning.apply(row.get(0));
            setTooltip(meaning.map(MeasureTable::tooltip).orElse(null));
        }
    }
}

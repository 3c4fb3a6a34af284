package xspace.app.image;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import xspace.data.BirdImage;
import xspace.workspace.session.BrowserScores;
import xspace.app.common.AppPreferences;

/**
 * The images as a table: file name, true class, predicted class, ŷ_j of the explained class,
 * right or wrong, split. Any column sorts (click its header) and can be hidden from the header's
 * menu (+); which are hidden is remembered. The columns share the browser's width, so it stays
 * narrow: the true class and the split start hidden, since CUB file names carry the class and the
 * split has its filter above the table.
 */
public final class ImageTable extends TableView<BirdImage> {

    private static final Set<String> HIDDEN_BY_DEFAULT = Set.of("true-class", "split");

    private final AppPreferences preferences;
    private final TableColumn<BirdImage, Float> yHat;
    private final Label placeholder = new Label(ImageBrowser.NO_WORKSPACE);
    private BrowserScores scores = BrowserScores.NONE;

    ImageTable(AppPreferences preferences) {
        this.preferences = preferences;
        this.yHat = column("ŷ", "yhat", 44, 52, 90, BrowserScores::yHat);
        setId("image-list");
        getStyleClass().add("image-table");
        TableColumn<BirdImage, String> file = column("File", "file", 60, 130, Double.MAX_VALUE,
                (s, image) -> fileName(image));
        TableColumn<BirdImage, Boolean> right = column("✓", "right", 26, 28, 40, BrowserScores::right);
        getColumns().addAll(List.of(file,
                column("True class", "true-class", 50, 90, Double.MAX_VALUE, BrowserScores::trueClass),
                column("Predicted", "predicted", 50, 100, Double.MAX_VALUE, BrowserScores::predicted), yHat, right,
                column("Split", "split", 44, 46, 60, (s, image) -> image.training() ? "train" : "test")));
        file.setCellFactory(c -> new TextCell<>(name -> name, OverrunStyle.CENTER_ELLIPSIS));
        // Right-aligned ("number"), so that the digits line up.
        yHat.setCellFactory(c -> new TextCell<>(v -> String.format(Locale.ROOT, "%.2f", v), OverrunStyle.CLIP,
                "number"));
        right.setCellFactory(c -> new VerdictCell());
        setRowFactory(t -> new DescribedRow());
        setTableMenuButtonVisible(true);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        // Wrapped within the table, which the browser keeps narrow.
        placeholder.maxWidthProperty().bind(widthProperty().subtract(24));
        placeholder.setId("image-list-placeholder");
        setPlaceholder(placeholder);
        rememberHiddenColumns();
        focusedProperty().addListener((o, was, is) -> {
            if (is) {
                // Later: a click that brought the focus selects its own row first, and that row wins.
                Platform.runLater(this::selectOnArrival);
            }
        });
    }

    /**
     * Reached with Tab while nothing is selected: the focused row (else the first) is selected, so
     * that the view shows what the table marks and the arrow keys walk on from there, as a list does.
     */
    private void selectOnArrival() {
        if (!isFocused() || getItems().isEmpty() || !getSelectionModel().isEmpty()) {
            return;
        }
        int focused = getFocusModel().getFocusedIndex();
        int row = focused >= 0 && focused < getItems().size() ? focused : 0;
        getSelectionModel().clearAndSelect(row);
        getFocusModel().focus(row);
        if (row != focused) {
            scrollTo(row);
        }
    }

    /** Shows the filtered images, sorted as the column headers say. */
    void show(ObservableList<BirdImage> filtered) {
        SortedList<BirdImage> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
    }

    /** New predictions or a new explained class: the cells are drawn again and a sort made by them redone. */
    void scores(BrowserScores scores) {
        this.scores = scores;
        yHat.setText(scores.classIndex() < 0 ? "ŷ" : "ŷ_" + scores.classIndex());
        refresh();
        // A new comparator: the sorted list sorts again by the values now shown.
        sort();
    }

    /** What the list says while empty. */
    void placeholder(String text) {
        placeholder.setText(text);
    }

    BrowserScores scores() {
        return scores;
    }

    static String fileName(BirdImage image) {
        String path = image.relativePath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * A column whose cell values come from the current scores, read when a cell is drawn or sorted;
     * sorted in natural order, images without a value first (JavaFX's default comparator makes a
     * collator for every comparison of two texts: slow on the FX thread for a large dataset).
     */
    private <T extends Comparable<? super T>> TableColumn<BirdImage, T> column(String title, String id, double min,
            double pref, double max, BiFunction<BrowserScores, BirdImage, T> value) {
        TableColumn<BirdImage, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setMinWidth(min);
        column.setPrefWidth(pref);
        column.setMaxWidth(max);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(scores, c.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        return column;
    }

    private void rememberHiddenColumns() {
        Set<String> hidden = preferences.hiddenBrowserColumns().orElse(HIDDEN_BY_DEFAULT);
        for (TableColumn<BirdImage, ?> column : getColumns()) {
            column.setVisible(!hidden.contains(column.getId()));
            column.visibleProperty().addListener((o, was, is) -> {
                Set<String> now = new HashSet<>();
                getColumns().stream().filter(c -> !c.isVisible()).forEach(c -> now.add(c.getId()));
                preferences.hiddenBrowserColumns(now);
            });
        }
    }

    /** Text of a value, nothing for an image without one. */
    private static final class TextCell<T> extends TableCell<BirdImage, T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text, OverrunStyle overrun, String... styles) {
            this.text = text;
            setTextOverrun(overrun);
            getStyleClass().addAll(styles);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }

    /** Everything about the image in a tooltip, for what narrow columns cut short or hide. */
    private final class DescribedRow extends TableRow<BirdImage> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(BirdImage item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setTooltip(null);
                return;
            }
            tooltip.setText(describe(item));
            setTooltip(tooltip);
        }
    }

    private String describe(BirdImage image) {
        String text = image.relativePath() + (image.training() ? " (training)" : " (test)");
        if (scores.trueClass(image) != null) {
            text += "\nclass " + scores.trueClass(image);
        }
        if (scores.predicted(image) != null) {
            text += "\npredicted " + scores.predicted(image) + (scores.right(image) ? " (right)" : " (wrong)");
        }
        Float y = scores.yHat(image);
        return y == null ? text : text + String.format(Locale.ROOT, "\nŷ_%d = %.4f", scores.classIndex(), y);
    }

    /** ✓ for a right prediction, ✗ for a wrong one, coloured. */
    private static final class VerdictCell extends TableCell<BirdImage, Boolean> {
        @Override
        protected void updateItem(Boolean item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("right", "wrong");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item ? "✓" : "✗");
            getStyleClass().add(item ? "right" : "wrong");
        }
    }
}

package xspace.app.help;

import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A rendered Markdown page in a scroll pane; for a page of several sections, a contents list of its
 * level-two headings beside it (a click, the arrow keys or Enter jump to the section) and a find
 * field above the list (Ctrl+F).
 */
public final class GuidePane extends BorderPane {

    private static final double CONTENTS_WIDTH = 230;

    private final MarkdownView page;
    private final ScrollPane scroll;
    private final ListView<MarkdownView.Section> contents = new ListView<>();
    private final GuideFind find;

    public GuidePane(String markdown) {
        page = new MarkdownView(markdown);
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        scroll.setId("help-page");
        setCenter(scroll);
        find = new GuideFind(page, this::reveal);
        if (page.sections().size() > 1) {
            setLeft(sidebar());
            addEventFilter(KeyEvent.KEY_PRESSED, this::findShortcut);
        }
    }

    public MarkdownView page() {
        return page;
    }

    public ListView<MarkdownView.Section> contents() {
        return contents;
    }

    /** Where the keys go first: the page, so the arrows and Page Down scroll it. */
    public void focusPage() {
        scroll.requestFocus();
    }

    /** Scrolls so that {@code node}, somewhere on the page, is at the top of the view (or as near as the end allows). */
    public void reveal(Node node) {
        reveal(node, 0);
    }

    /** The same for a line {@code below} pixels under the node's top, in a long paragraph. */
    void reveal(Node node, double below) {
        Bounds bounds = page.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = page.getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() + below - 6) / hidden)));
        }
    }

    private VBox sidebar() {
        contents.setId("help-contents");
        contents.getItems().setAll(page.sections());
        contents.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MarkdownView.Section section, boolean empty) {
                super.updateItem(section, empty);
                setText(empty || section == null ? null : section.title());
            }

            {
                // Long titles wrap to the list's width instead of hiding behind a scroll bar.
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        contents.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> jump(now));
        contents.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jump(contents.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(contents, Priority.ALWAYS);
        VBox sidebar = new VBox(6, find.field(), find.outcome(), contents);
        // A narrow window keeps most of its width for the page.
        sidebar.prefWidthProperty().bind(Bindings.min(CONTENTS_WIDTH, widthProperty().multiply(0.28)));
        sidebar.setMinWidth(120);
        sidebar.setStyle("-fx-padding: 0 8 0 0;");
        return sidebar;
    }

    private void jump(MarkdownView.Section section) {
        if (section != null) {
            reveal(section.heading());
        }
    }

    private void findShortcut(KeyEvent e) {
        if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
            e.consume();
            find.field().requestFocus();
            find.field().selectAll();
        }
    }

    GuideFind find() {
        return find;
    }
}

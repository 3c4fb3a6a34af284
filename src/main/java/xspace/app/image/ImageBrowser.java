package xspace.app.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import xspace.data.BirdClass;
import xspace.data.BirdImage;
import xspace.engine.ProgressTask;
import xspace.workspace.session.BrowserScores;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.XFeatureScores;
import xspace.app.common.AppPreferences;
import xspace.app.common.AppState;
import xspace.app.common.BackgroundTasks;
import xspace.workspace.session.SearchWords;

/**
 * The dataset's images with the network's prediction and ŷ_j of the explained class
 * ({@link ImageTable}), filtered by class, split, positives or negatives of the explained class
 * and words in the file name ({@link SearchWords}); the selection is the image the image view explains. Up and down
 * walk the table in its current order. ŷ_j is read again, in the background, for every new
 * explained class.
 */
public final class ImageBrowser extends VBox {

    /** The list before a workspace is open, and while one is opening (its progress shows in the status bar). */
    static final String NO_WORKSPACE = "No workspace open yet (File ▸ Open workspace…)";

    /** Wide enough for the columns shown at first (file, prediction, ŷ_j, verdict) at their least. */
    static final double MIN_WIDTH = 290;
    private static final String ALL = "All splits";
    private static final String TRAIN = "Training";
    private static final String TEST = "Test";
    private static final String EVERY = "Positives and negatives";
    private static final String POSITIVES = "Positives of the explained class";
    private static final String NEGATIVES = "Negatives of the explained class";
    /** Stands for "no class filter" in the class list (CUB class ids start at 1). */
    private static final BirdClass ALL_CLASSES = new BirdClass(0, "All classes");

    private final AppState state;
    private final BackgroundTasks tasks;
    private final ComboBox<BirdClass> classFilter = new ComboBox<>();
    private final ChoiceBox<String> split = new ChoiceBox<>(FXCollections.observableArrayList(ALL, TRAIN, TEST));
    private final ChoiceBox<String> polarity = new ChoiceBox<>(FXCollections.observableArrayList(EVERY, POSITIVES,
            NEGATIVES));
    private final TextField search = new TextField();
    private final ImageTable table;
    private FilteredList<BirdImage> filtered = new FilteredList<>(FXCollections.observableArrayList());

    ImageBrowser(AppState state, BackgroundTasks tasks, AppPreferences preferences) {
        this.state = state;
        this.tasks = tasks;
        this.table = new ImageTable(preferences);
        getStyleClass().add("image-browser");
        classFilter.setId("browser-class");
        split.setId("browser-split");
        polarity.setId("browser-polarity");
        polarity.setValue(EVERY);
        search.setId("browser-search");
        classFilter.setPromptText("All classes");
        classFilter.setMaxWidth(Double.MAX_VALUE);
        split.setValue(ALL);
        search.setPromptText("Search file names (words in any order)");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(classFilter, split, polarity, search, table);
        state.session.addListener((o, old, session) -> showSession(session));
        state.classIndex.addListener((o, old, classIndex) -> readScores());
        classFilter.valueProperty().addListener((o, a, b) -> refilter());
        split.valueProperty().addListener((o, a, b) -> refilter());
        polarity.valueProperty().addListener((o, a, b) -> refilter());
        state.scores.addListener((o, a, b) -> {
            if (!EVERY.equals(polarity.getValue())) {
                refilter();
            }
        });
        search.textProperty().addListener((o, a, b) -> refilter());
        search.addEventHandler(KeyEvent.KEY_PRESSED, this::toFirstFound);
        state.image.addListener((o, a, b) -> table.placeholder(whyEmpty()));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, image) -> {
            if (image != null) {
                state.image.set(image);
            }
        });
    }

    /** Shows the class's images and selects the first (what a user wants after choosing a class). */
    public void showClass(BirdClass birdClass) {
        classFilter.setValue(birdClass);
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** Whether the list shows the images of every class, as chosen, rather than of one. */
    public boolean showsEveryClass() {
        return classFilter.getValue() == null || classFilter.getValue() == ALL_CLASSES;
    }

    public ImageTable table() {
        return table;
    }

    private void showSession(WorkspaceSession session) {
        if (session == null) {
            return;
        }
        classFilter.setItems(FXCollections.observableArrayList(ALL_CLASSES));
        classFilter.getItems().addAll(session.dataset().classes());
        classFilter.setValue(ALL_CLASSES);
        classFilter.setCellFactory(v -> new ClassCell());
        classFilter.setButtonCell(new ClassCell());
        filtered = new FilteredList<>(FXCollections.observableArrayList(session.dataset().images()));
        table.show(filtered);
        table.scores(BrowserScores.predictionsOf(session));
        refilter();
        readScores();
    }

    /** ŷ_j of every image for the explained class, read in the background; only the latest choice is shown. */
    private void readScores() {
        WorkspaceSession session = state.session.get();
        Integer classIndex = state.classIndex.get();
        if (session == null || classIndex == null) {
            return;
        }
        ProgressTask<BrowserScores> work = monitor -> BrowserScores.read(session, classIndex, monitor);
        tasks.runWhileCurrent(List.of(state.session, state.classIndex), "browser-scores",
                "Reading ŷ_" + classIndex + " of every image", work, table::scores);
    }

    private void refilter() {
        BirdClass chosen = classFilter.getValue();
        SearchWords words = new SearchWords(search.getText());
        String which = split.getValue();
        filtered.setPredicate(image -> (chosen == null || chosen == ALL_CLASSES || image.classId() == chosen.id())
                && (ALL.equals(which) || image.training() == TRAIN.equals(which))
                && hasPolarity(image)
                && (words.isEmpty() || words.matches(image.relativePath())));
        table.placeholder(whyEmpty());
    }

    /**
     * What the empty list says: why, when the filters exclude each other, else which filters are on;
     * and that the image still explained on the right is one chosen before (kept, so that clearing a
     * mistyped search loses nothing).
     */
    private String whyEmpty() {
        BirdClass chosen = showsEveryClass() ? null : classFilter.getValue();
        XFeatureScores scores = state.scores.get();
        WorkspaceSession session = state.session.get();
        if (session == null) {
            return NO_WORKSPACE;
        }
        String why;
        String explained = scores == null ? null
                : session.className(scores.module().info().classIndex());
        if (chosen != null && explained != null && NEGATIVES.equals(polarity.getValue())
                && chosen.displayName().equals(explained)) {
            why = "No image matches: " + explained + " is the explained class, so none of its images is a negative"
                    + " of it";
        } else if (chosen != null && explained != null && POSITIVES.equals(polarity.getValue())
                && !chosen.displayName().equals(explained)) {
            why = "No image matches: only images of " + explained + ", the explained class, are its positives";
        } else {
            List<String> on = new ArrayList<>();
            if (chosen != null) {
                on.add("class " + chosen.displayName());
            }
            if (!ALL.equals(split.getValue())) {
                on.add(split.getValue().toLowerCase(Locale.ROOT) + " split");
            }
            if (!EVERY.equals(polarity.getValue())) {
                on.add(polarity.getValue().toLowerCase(Locale.ROOT));
            }
            if (!new SearchWords(search.getText()).isEmpty()) {
                on.add("search \"" + search.getText().strip() + "\"");
            }
            why = on.isEmpty() ? "No image" : "No image matches the filters: " + String.join(", ", on);
        }
        return state.image.get() == null ? why : why + "\n(the image shown is the one chosen before)";
    }

    /** Down or Enter in the search field goes on to the first image found, as a search box's list would. */
    private void toFirstFound(KeyEvent e) {
        if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && !table.getItems().isEmpty()) {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
            table.scrollTo(0);
            e.consume();
        }
    }

    /** Positive: labelled with the explained class (the network's class index, as the features say). */
    private boolean hasPolarity(BirdImage image) {
        XFeatureScores scores = state.scores.get();
        WorkspaceSession session = state.session.get();
        if (EVERY.equals(polarity.getValue()) || scores == null || session == null
                || !session.zRows().has(image.id())) {
            return EVERY.equals(polarity.getValue());
        }
        boolean positive = session.zRows().label(image.id()) == scores.module().info().classIndex();
        return positive == POSITIVES.equals(polarity.getValue());
    }

    private static final class ClassCell extends ListCell<BirdClass> {
        @Override
        protected void updateItem(BirdClass item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "All classes" : item.displayName());
        }
    }
}

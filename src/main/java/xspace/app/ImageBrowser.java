package xspace.app;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import xspace.data.BirdClass;
import xspace.data.BirdImage;

/**
 * The dataset's images, filtered by class, split, positives or negatives of the explained class
 * and a text in the file name; the selection is
 * the image the image view explains. Up and down walk the list.
 */
final class ImageBrowser extends VBox {

    private static final String ALL = "All splits";
    private static final String TRAIN = "Training";
    private static final String TEST = "Test";
    private static final String EVERY = "Positives and negatives";
    private static final String POSITIVES = "Positives of the explained class";
    private static final String NEGATIVES = "Negatives of the explained class";
    /** Stands for "no class filter" in the class list (CUB class ids start at 1). */
    private static final BirdClass ALL_CLASSES = new BirdClass(0, "All classes");

    private final AppState state;
    private final ComboBox<BirdClass> classFilter = new ComboBox<>();
    private final ChoiceBox<String> split = new ChoiceBox<>(FXCollections.observableArrayList(ALL, TRAIN, TEST));
    private final ChoiceBox<String> polarity = new ChoiceBox<>(FXCollections.observableArrayList(EVERY, POSITIVES,
            NEGATIVES));
    private final TextField search = new TextField();
    private final ListView<BirdImage> list = new ListView<>();
    private FilteredList<BirdImage> filtered = new FilteredList<>(FXCollections.observableArrayList());

    ImageBrowser(AppState state) {
        this.state = state;
        getStyleClass().add("image-browser");
        classFilter.setId("browser-class");
        split.setId("browser-split");
        polarity.setId("browser-polarity");
        polarity.setValue(EVERY);
        search.setId("browser-search");
        list.setId("image-list");
        classFilter.setPromptText("All classes");
        classFilter.setMaxWidth(Double.MAX_VALUE);
        split.setValue(ALL);
        search.setPromptText("Search file names");
        list.setCellFactory(v -> new ImageCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(classFilter, split, polarity, search, list);
        state.session.addListener((o, old, session) -> showSession(session));
        classFilter.valueProperty().addListener((o, a, b) -> refilter());
        split.valueProperty().addListener((o, a, b) -> refilter());
        polarity.valueProperty().addListener((o, a, b) -> refilter());
        state.scores.addListener((o, a, b) -> {
            if (!EVERY.equals(polarity.getValue())) {
                refilter();
            }
        });
        search.textProperty().addListener((o, a, b) -> refilter());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, image) -> {
            if (image != null) {
                state.image.set(image);
            }
        });
    }

    /** Shows the class's images and selects the first (what a user wants after choosing a class). */
    void showClass(BirdClass birdClass) {
        classFilter.setValue(birdClass);
        if (!filtered.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    ListView<BirdImage> list() {
        return list;
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
        list.setItems(filtered);
        refilter();
    }

    private void refilter() {
        BirdClass chosen = classFilter.getValue();
        String text = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        String which = split.getValue();
        filtered.setPredicate(image -> (chosen == null || chosen == ALL_CLASSES || image.classId() == chosen.id())
                && (ALL.equals(which) || image.training() == TRAIN.equals(which))
                && hasPolarity(image)
                && (text.isEmpty() || image.relativePath().toLowerCase(Locale.ROOT).contains(text)));
    }

    /** Positive: labelled with the explained class (the network's class index, as the features say). */
    private boolean hasPolarity(BirdImage image) {
        XFeatureScores scores = state.scores.get();
        WorkspaceSession session = state.session.get();
        if (EVERY.equals(polarity.getValue()) || scores == null || session == null
                || !session.features().has(image.id())) {
            return EVERY.equals(polarity.getValue());
        }
        boolean positive = session.features().label(image.id()) == scores.module().info().classIndex();
        return positive == POSITIVES.equals(polarity.getValue());
    }

    private static final class ImageCell extends ListCell<BirdImage> {
        @Override
        protected void updateItem(BirdImage item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String path = item.relativePath();
            setText(path.substring(path.lastIndexOf('/') + 1) + (item.training() ? "" : "  · test"));
        }
    }

    private static final class ClassCell extends ListCell<BirdClass> {
        @Override
        protected void updateItem(BirdClass item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "All classes" : item.displayName());
        }
    }
}

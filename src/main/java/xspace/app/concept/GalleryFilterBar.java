package xspace.app.concept;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import xspace.workspace.session.GalleryFilter;

/**
 * Which images the gallery shows (class, split, the network's mistakes), with the warning when
 * what is shown explains little. Ctrl+I (⌘I) reaches the first filter and Tab the others; the
 * filters may hold the focus since the window hands 1, 2 and 3 to the votes before any control
 * sees them. Not an Alt mnemonic: under GTK the Alt it is typed with also wakes the menu bar, and
 * the next ↓ opened a menu over the filter's list.
 */
final class GalleryFilterBar extends HBox {

    private final ChoiceBox<GalleryFilter.Scope> scope = new ChoiceBox<>(FXCollections.observableArrayList(
            GalleryFilter.Scope.values()));
    private final ChoiceBox<GalleryFilter.Split> split = new ChoiceBox<>(FXCollections.observableArrayList(
            GalleryFilter.Split.values()));
    /** No mnemonic: one would focus the box without ticking it, unlike a click. */
    private final CheckBox wrongOnly = new CheckBox("wrongly classified only");
    private final Label warning = new Label();
    private static final KeyCombination REACH = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    GalleryFilterBar() {
        super(8);
        scope.setValue(GalleryFilter.Scope.ALL);
        split.setValue(GalleryFilter.Split.ALL);
        scope.setId("gallery-scope");
        split.setId("gallery-split");
        wrongOnly.setId("gallery-wrong-only");
        warning.setId("concept-warning");
        warning.getStyleClass().add("warning");
        warning.setWrapText(true);
        Label imagesOf = new Label("Images of");
        imagesOf.setLabelFor(scope);
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(REACH);
            }
            if (scene != null) {
                scene.getAccelerators().put(REACH, this::reach);
            }
        });
        getChildren().addAll(imagesOf, scope, split, wrongOnly, warning);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(0, 12, 8, 12));
    }

    /** Focuses the first filter, while the concept view shows (the other views' tabs hide it). */
    private void reach() {
        for (Node node = this; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return;
            }
        }
        scope.requestFocus();
    }

    /** Runs {@code changed} whenever a filter changes. */
    void onChange(Runnable changed) {
        scope.valueProperty().addListener((o, a, b) -> changed.run());
        split.valueProperty().addListener((o, a, b) -> changed.run());
        wrongOnly.selectedProperty().addListener((o, a, b) -> changed.run());
    }

    void scope(GalleryFilter.Scope chosen) {
        scope.setValue(chosen);
    }

    GalleryFilter filter() {
        return new GalleryFilter(scope.getValue(), split.getValue(), wrongOnly.isSelected());
    }

    void warn(String text) {
        warning.setText(text);
    }
}

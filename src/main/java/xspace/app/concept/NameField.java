package xspace.app.concept;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import xspace.workspace.db.Text;

/**
 * An x-feature's name as an expert edits it: saved by Enter only; Esc, or leaving the field any
 * other way, puts the saved name back, so a stray letter never renames an x-feature. Names already
 * used in the workspace are suggested while typing.
 */
final class NameField extends TextField {

    private static final PseudoClass NAMING = PseudoClass.getPseudoClass("naming");
    /** Replaced, never changed: the completion provider reads it on a background thread. */
    private volatile List<String> usedNames = List.of();
    /** Whether the field has the focus; read by the suggestion provider, which runs off the JavaFX thread. */
    private volatile boolean typing;
    /** The name in the database, which the field shows again when an edit is abandoned. */
    private String saved = "";

    /**
     * @param onEnter receives the name typed when Enter saves it (stripped, never blank), and says
     *                whether it is written; a name refused shows the saved one again
     * @param leave   hands the focus back to the view, where 1, 2 and 3 vote again
     * @param say     tells the user, in the status bar, why something typed was not taken
     */
    NameField(Predicate<String> onEnter, Runnable leave, Consumer<String> say) {
        setId("concept-name");
        // Short enough to show whole in the side panel at 1280×720; the keys caption tells of Esc.
        setPromptText("Type a name, then Enter");
        // The database refuses longer names: the field takes no more than it could store.
        setTextFormatter(new TextFormatter<String>(change -> {
            if (change.getControlNewText().length() <= Text.MAX_NAME) {
                return change;
            }
            say.accept("Names are at most " + Text.MAX_NAME + " characters");
            return null;
        }));
        AutoCompletionBinding<String> completion = suggestions();
        setOnAction(e -> {
            if (getText() == null || getText().isBlank()) {
                // The database keeps every name given and removes none: an empty one is no rename.
                say.accept("An empty name is not saved: a name can be replaced, not removed (the history keeps"
                        + " every one)");
            } else if (onEnter.test(getText().strip())) {
                saved = getText().strip();
            } else {
                setText(saved);
            }
            leave.run();
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                setText(saved);
                completion.getAutoCompletionPopup().hide();
                leave.run();
                e.consume();
            }
        });
        focusedProperty().addListener((o, was, is) -> {
            typing = is;
            pseudoClassStateChanged(NAMING, is);
            if (is) {
                ScrollIntoView.reveal(this);
            }
            if (!is && !getText().equals(saved)) {
                setText(saved);
            }
        });
    }

    /**
     * The name just typed is not a suggestion: offering it again would pop up over the vote buttons.
     * Nor is every name a suggestion for an empty field, nor anything once the field is left: Esc
     * puts the saved name back, and suggestions for it would pop up after the field was left.
     */
    private AutoCompletionBinding<String> suggestions() {
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(this, request -> {
            String typed = request.getUserText().strip().toLowerCase(Locale.ROOT);
            if (typed.isEmpty() || !typing) {
                return List.of();
            }
            return usedNames.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(typed)
                    && !n.toLowerCase(Locale.ROOT).equals(typed)).toList();
        });
        // The suggestions' list takes the keys while it shows: select-all still selects the name typed.
        completion.getAutoCompletionPopup().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
                completion.getAutoCompletionPopup().hide();
                selectAll();
                e.consume();
            }
        });
        return completion;
    }

    /** The name stored and the names to suggest; the field shows the name unless one is being typed and kept. */
    void showSaved(String name, List<String> suggestions, boolean replaceTyping) {
        saved = name;
        usedNames = List.copyOf(suggestions);
        if (replaceTyping || !isFocused()) {
            setText(saved);
        }
    }

    /** Type to name: a letter typed in the view starts a new name, replacing the saved one. */
    void startWith(String typed) {
        requestFocus();
        setText(typed);
        positionCaret(typed.length());
    }
}

package xspace.app.concept;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import xspace.app.common.Icons;
import xspace.workspace.db.Trust;

/**
 * Trust, Distrust, Unsure (keys 1, 2, 3) and Withdraw (key 0). The button of the annotator's own
 * vote stays marked, so a vote given by key shows where the eye already is, next to the buttons,
 * rather than only in a line further down the panel.
 */
final class VoteButtons extends FlowPane {

    private static final PseudoClass MINE = PseudoClass.getPseudoClass("my-vote");

    private final Map<Trust, Button> buttons = new EnumMap<>(Trust.class);

    VoteButtons(Consumer<Trust> vote, Runnable withdraw) {
        super(6, 6);
        add(Trust.TRUST, "Trust", Icons.of(MaterialDesignT.THUMB_UP), "1", vote);
        add(Trust.DISTRUST, "Distrust", Icons.of(MaterialDesignT.THUMB_DOWN), "2", vote);
        add(Trust.UNSURE, "Unsure", Icons.of(MaterialDesignH.HELP_CIRCLE_OUTLINE), "3", vote);
        Button back = new Button("Withdraw");
        back.setId("vote-withdraw");
        back.setTooltip(new Tooltip("Key 0: take back your vote (the history keeps it)"));
        back.setFocusTraversable(false);
        back.setOnAction(e -> withdraw.run());
        getChildren().add(back);
    }

    private void add(Trust trust, String text, javafx.scene.Node icon, String key, Consumer<Trust> vote) {
        Button button = new Button(text, icon);
        String id = "vote-" + text.toLowerCase(java.util.Locale.ROOT);
        button.setId(id);
        button.getStyleClass().addAll(id, "vote");
        button.setTooltip(new Tooltip("Key " + key));
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> vote.accept(trust));
        buttons.put(trust, button);
        getChildren().add(button);
    }

    /** Marks the button of the annotator's vote; none when they have not voted (or no one signed in). */
    void showMine(Optional<Trust> mine) {
        buttons.forEach((trust, button) -> button.pseudoClassStateChanged(MINE, mine.orElse(null) == trust));
    }
}

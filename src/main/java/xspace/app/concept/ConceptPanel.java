package xspace.app.concept;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import xspace.engine.ProgressTask;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.NameChange;
import xspace.workspace.db.Note;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;
import xspace.workspace.session.FeatureAnnotation;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.XFeatureScores;
import xspace.app.common.Annotations;
import xspace.app.common.AppState;
import xspace.app.common.BackgroundTasks;

/**
 * The concept view's side panel: name the x-feature (suggesting names already used in the
 * workspace), write a note, vote trust / distrust / unsure (keys 1, 2, 3), see the tally and what
 * the votes do to faithfulness, and step to the previous or next x-feature.
 */
public final class ConceptPanel extends VBox {

    private final AppState state;
    private final BackgroundTasks tasks;
    private final Annotations annotations;
    private final Label heading = new Label();
    private final NameField name;
    private final TextArea notes = new TextArea();
    private final Label tally = new Label();
    private final Label voters = new Label();
    private final Label mine = new Label();
    private final VoteButtons voteButtons = new VoteButtons(this::vote, this::withdrawVote);
    private final NameHistoryPane historyPane = new NameHistoryPane(this::undoName);
    private final FeedbackPanel feedback = new FeedbackPanel();
    /** The x-feature the panel writes to: the view's, from the moment it changes. */
    private XFeatureKey shown;
    /** The x-feature whose names and votes were last read into the panel. */
    private XFeatureKey displayed;
    /** The annotator's note in the database: leaving the notes field unchanged writes nothing. */
    private String savedNote = "";

    /** What the panel reads from the database for the current x-feature. */
    private record Current(XFeatureKey key, Optional<String> name, Optional<String> myNote, FeatureAnnotation tally,
            Optional<Trust> myVote, Map<Annotator, Trust> votes, List<NameChange> names, List<String> usedNames) {
    }

    ConceptPanel(AppState state, BackgroundTasks tasks, Annotations annotations) {
        super(10);
        this.state = state;
        this.tasks = tasks;
        this.annotations = annotations;
        name = new NameField(this::saveName, this::leaveNameField, annotations::remind);
        getStyleClass().add("concept-panel");
        setPadding(new Insets(12));
        setPrefWidth(360);
        heading.getStyleClass().add("heading");
        heading.setId("concept-heading");
        heading.setWrapText(true);
        notes.setId("concept-notes");
        notes.setPromptText("Notes (saved when you leave the field)");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        tally.setId("concept-tally");
        mine.setId("concept-my-vote");
        notes.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitNote();
            }
        });
        Label keys = new Label("Keys: 1 trust · 2 distrust · 3 unsure · 0 withdraw your vote · Page Up/Down"
                + " previous/next x-feature · type a letter to start a name, Enter saves it, Esc cancels");
        keys.getStyleClass().add("caption");
        voters.setId("concept-voters");
        voters.visibleProperty().bind(voters.textProperty().isNotEmpty());
        voters.managedProperty().bind(voters.visibleProperty());
        // Long tallies and lists wrap rather than end in "…".
        for (Label label : new Label[] {keys, tally, voters, mine}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(heading, new Label("Name"), name, historyPane, new Label("Notes"), notes, voteButtons,
                keys, tally, voters, mine, feedback);
        state.xFeature.addListener((o, a, b) -> refresh());
        state.scores.addListener((o, a, b) -> refresh());
        // Without a module yet, the heading says why, which changes with the class and method chosen.
        state.method.addListener((o, a, b) -> refreshWithoutModule());
        state.classIndex.addListener((o, a, b) -> refreshWithoutModule());
        state.revision.addListener((o, a, b) -> refresh());
        state.annotator.addListener((o, a, b) -> refresh());
        state.feedback.addListener((o, a, f) -> feedback.show(f));
    }

    /** Casts the annotator's vote on the x-feature shown. */
    void vote(Trust trust) {
        if (shown != null) {
            annotations.vote(shown, trust);
        } else {
            nothingToVoteOn();
        }
    }

    /** Takes back the annotator's vote on the x-feature shown. */
    void withdrawVote() {
        if (shown != null) {
            annotations.withdrawVote(shown);
        } else {
            nothingToVoteOn();
        }
    }

    /** A key pressed before any x-feature shows is answered, not lost without a word. */
    private void nothingToVoteOn() {
        annotations.remind("No vote recorded: no x-feature is shown yet (" + state.noModuleYet() + ")");
    }

    private void undoName() {
        if (shown != null) {
            annotations.undoName(shown);
        }
    }

    /** Hands the focus back to the view, where 1, 2 and 3 vote again. */
    private void leaveNameField() {
        requestFocus();
    }

    /**
     * Type to name: a letter typed anywhere in the concept view starts a new name with it, so
     * naming needs no click; the existing name is replaced, as typing over a selection would.
     */
    void startNaming(String typed) {
        if (shown == null || name.isDisabled()) {
            return;
        }
        name.startWith(typed);
    }

    boolean editingText() {
        return name.isFocused() || notes.isFocused();
    }

    private boolean saveName(String typed) {
        return shown != null && annotations.setName(shown, typed);
    }

    /** Saves the note on the x-feature written to, when it differs from the one in the database. */
    void commitNote() {
        if (shown != null && notes.getText() != null && !notes.getText().equals(savedNote)
                && annotations.setNote(shown, notes.getText())) {
            // Written (or queued): leaving the field again, or the window closing, writes it no second time.
            savedNote = notes.getText();
        }
    }

    private void refreshWithoutModule() {
        if (state.scores.get() == null) {
            refresh();
        }
    }

    private void refresh() {
        XFeatureScores scores = state.scores.get();
        WorkspaceSession session = state.session.get();
        if (scores == null || session == null) {
            moveTo(null);
            heading.setText(state.noModuleYet());
            return;
        }
        var info = scores.module().info();
        XFeatureKey key = new XFeatureKey(info.versionId(), info.classIndex(), state.xFeature.get());
        moveTo(key);
        String version = session.modules().versions(info.method(), info.classIndex()).stream()
                .filter(v -> v.id().equals(info.versionId())).map(v -> " " + v.label()).findFirst().orElse("");
        heading.setText(String.format(Locale.ROOT, "%s (0–%d) · %s%s", FeatureAnnotation.label(key.feature()),
                info.n() - 1, info.id(), version));
        var annotator = state.annotator.get();
        ProgressTask<Current> read = monitor -> {
            WorkspaceDatabase db = session.database();
            FeatureAnnotation a = FeatureAnnotation.read(db, info.versionId(), info.classIndex(), info.n()).get(key.feature());
            Optional<String> note = annotator == null ? Optional.empty() : db.notes(key).stream()
                    .filter(n -> n.annotator().id() == annotator.id()).map(Note::text).findFirst();
            Optional<Trust> vote = annotator == null ? Optional.empty() : db.votes(key).entrySet().stream()
                    .filter(e -> e.getKey().id() == annotator.id()).map(Map.Entry::getValue).findFirst();
            return new Current(key, a.name(), note, a, vote, db.votes(key), db.nameHistory(key), db.usedNames());
        };
        tasks.run("concept-panel", "Reading names and votes", read, this::show);
    }

    /**
     * Writes follow the view at once rather than when the x-feature's names have been read, so a
     * vote cast right after Page Down goes to the x-feature whose heading shows. A note changed on
     * the x-feature left is saved on it first; a name not saved with Enter is dropped, as Esc would.
     */
    private void moveTo(XFeatureKey key) {
        if (Objects.equals(key, shown)) {
            return;
        }
        commitNote();
        shown = key;
        savedNote = "";
        name.showSaved("", List.of(), true);
        notes.setText("");
    }

    private void show(Current current) {
        if (!current.key().equals(shown)) {
            return;
        }
        boolean moved = !current.key().equals(displayed);
        displayed = current.key();
        name.showSaved(current.name().orElse(""), current.usedNames(), moved);
        savedNote = current.myNote().orElse("");
        if (moved || !notes.isFocused()) {
            notes.setText(savedNote);
        }
        var t = current.tally().tally();
        tally.setText(current.tally().trustText() + (t.total() == 0 ? ""
                : String.format(Locale.ROOT, " · agreement %.0f %%", 100 * t.agreement())));
        mine.setText("Your vote: " + current.myVote().map(v -> v.name().toLowerCase(Locale.ROOT)).orElse("none"));
        voteButtons.showMine(current.myVote());
        voters.setText(current.votes().isEmpty() ? "" : "Votes: " + current.votes().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Annotator::name)))
                .map(e -> e.getKey().name() + " " + e.getValue().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" · ")));
        historyPane.show(current.names());
    }
}

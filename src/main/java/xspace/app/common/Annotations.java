package xspace.app.common;

import java.util.Set;
import java.util.stream.Collectors;
import xspace.engine.ProgressTask;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;
import xspace.workspace.session.NameHistory;

/**
 * Names, notes and votes as the views write them: each change goes to the database at once (there
 * is no save), on a background slot of its own so that the FX thread never waits for a sync, and
 * bumps the state's revision so that tallies, titles and faithfulness refresh.
 */
public final class Annotations {

    private final AppState state;
    private final BackgroundTasks tasks;

    public Annotations(AppState state, BackgroundTasks tasks) {
        this.state = state;
        this.tasks = tasks;
    }

    public void setName(XFeatureKey key, String name) {
        write("Naming " + key, db -> {
            if (!name.isBlank() && !name.strip().equals(db.currentName(key).orElse(""))) {
                db.setName(key, annotator(), name.strip());
            }
        });
    }

    public void setNote(XFeatureKey key, String text) {
        write("Saving the note on " + key, db -> db.setNote(key, annotator(), text));
    }

    public void vote(XFeatureKey key, Trust trust) {
        write("Voting on " + key, db -> db.castVote(key, annotator(), trust));
    }

    /** Withdraws the annotator's vote; the history keeps both the vote and its withdrawal. */
    public void withdrawVote(XFeatureKey key) {
        write("Withdrawing the vote on " + key, db -> db.retractVote(key, annotator()));
    }

    /**
     * Puts back the name the x-feature had before its current one, as a new change by this
     * annotator (the history keeps every step); nothing when it had no earlier name.
     */
    public void undoName(XFeatureKey key) {
        write("Undoing the name of " + key, db -> NameHistory.previous(db.nameHistory(key))
                .ifPresent(previous -> db.setName(key, annotator(), previous)));
    }

    /** The x-features of a module with a distrust majority, by index. */
    public static Set<Integer> distrusted(WorkspaceDatabase db, String moduleId) {
        return db.distrusted(moduleId).stream().map(XFeatureKey::feature).collect(Collectors.toSet());
    }

    private Annotator annotator() {
        Annotator annotator = state.annotator.get();
        if (annotator == null) {
            throw new IllegalStateException("choose an annotator first (Annotator menu)");
        }
        return annotator;
    }

    private interface Change {
        void apply(WorkspaceDatabase db);
    }

    private void write(String title, Change change) {
        WorkspaceDatabase db = state.session.get().database();
        Annotator who = annotator();
        ProgressTask<Void> work = monitor -> {
            change.apply(db);
            return null;
        };
        // One slot per write would let a later vote cancel an earlier name; writes share no slot.
        tasks.run("db-" + System.nanoTime() + "-" + who.id(), title, work,
                done -> state.revision.set(state.revision.get() + 1));
    }
}

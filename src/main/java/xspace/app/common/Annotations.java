package xspace.app.common;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.concurrent.WorkerStateEvent;
import xspace.engine.ProgressTask;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.Text;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;
import xspace.workspace.session.FeatureAnnotation;
import xspace.workspace.session.NameHistory;

/**
 * Names, notes and votes as the views write them: each change goes to the database at once (there
 * is no save), on a background slot of its own so that the FX thread never waits for a sync, and
 * bumps the state's revision so that tallies, titles and faithfulness refresh. A change made
 * before anyone signed in asks who is annotating and is then written for the one named.
 */
public final class Annotations {

    /** Asks who is annotating now; {@code declined} runs when no one is named. */
    public interface SignIn {
        void ask(Consumer<Annotator> signedIn, Runnable declined);

        /** Says, without asking, why something was not saved. */
        void remind(String why);
    }

    private final AppState state;
    private final BackgroundTasks tasks;
    private final SignIn signIn;

    public Annotations(AppState state, BackgroundTasks tasks, SignIn signIn) {
        this.state = state;
        this.tasks = tasks;
        this.signIn = signIn;
    }

    /**
     * Writes the name unless the database would refuse it, which is said here in plain words (no
     * x-feature id, no failure dialog); says whether the name goes to the database.
     */
    public boolean setName(XFeatureKey key, String name) {
        String clean;
        try {
            clean = Text.line(name, "the name", Text.MAX_NAME);
        } catch (WorkspaceException refused) {
            signIn.remind("Name not saved: " + refused.getMessage());
            return false;
        }
        write("Naming " + FeatureAnnotation.label(key.feature()), (db, who) -> {
            if (!clean.equals(db.currentName(key).orElse(""))) {
                db.setName(key, who, clean);
            }
        });
        return true;
    }

    /** Says, in the status bar, why something typed was not taken. */
    public void remind(String why) {
        signIn.remind(why);
    }

    /**
     * Saves the note when someone is signed in, and says whether it did. Notes are saved when their
     * field loses the focus, which a dialog or another application takes too: asking who is
     * annotating then would pop up out of nowhere, so the note stays in its field, and the status
     * bar says how to keep it.
     */
    public boolean setNote(XFeatureKey key, String text) {
        if (state.annotator.get() == null) {
            signIn.remind("Your note is not saved: sign in (Annotator › Sign in…), then leave the notes field");
            return false;
        }
        write("Saving the note on " + key, (db, who) -> db.setNote(key, who, text));
        return true;
    }

    public void vote(XFeatureKey key, Trust trust) {
        write("Voting on " + key, (db, who) -> db.castVote(key, who, trust));
    }

    /** Withdraws the annotator's vote; the history keeps both the vote and its withdrawal. */
    public void withdrawVote(XFeatureKey key) {
        write("Withdrawing the vote on " + key, (db, who) -> db.retractVote(key, who));
    }

    /**
     * Puts back the name the x-feature had before its current one, as a new change by this
     * annotator (the history keeps every step); nothing when it had no earlier name.
     */
    public void undoName(XFeatureKey key) {
        write("Undoing the name of " + key, (db, who) -> NameHistory.previous(db.nameHistory(key))
                .ifPresent(previous -> db.setName(key, who, previous)));
    }

    /** The x-features of a module with a distrust majority, by index. */
    public static Set<Integer> distrusted(WorkspaceDatabase db, String moduleId) {
        return db.distrusted(moduleId).stream().map(XFeatureKey::feature).collect(Collectors.toSet());
    }

    private interface Change {
        void apply(WorkspaceDatabase db, Annotator who);
    }

    private void write(String title, Change change) {
        // The database of the moment of the change: the one the annotator signing in now belongs to.
        WorkspaceDatabase db = state.session.get().database();
        Annotator who = state.annotator.get();
        if (who != null) {
            submit(title, change, db, who);
        } else {
            // Declined: the views read the database again, so nothing unsaved looks saved.
            signIn.ask(signedIn -> submit(title, change, db, signedIn), this::changed);
        }
    }

    private void submit(String title, Change change, WorkspaceDatabase db, Annotator who) {
        ProgressTask<Void> work = monitor -> {
            change.apply(db, who);
            return null;
        };
        // Failed: the views read the database again, so a refused change does not look saved.
        tasks.write(title, work, this::changed).addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> changed());
    }

    private void changed() {
        state.revision.set(state.revision.get() + 1);
    }
}

package xspace.app;

import java.util.Optional;
import java.util.function.Consumer;
import xspace.app.common.Annotations;
import xspace.app.common.AppPreferences;
import xspace.app.common.AppState;
import xspace.app.common.BackgroundTasks;
import xspace.app.common.StatusBar;
import xspace.engine.ProgressTask;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.session.WorkspaceSession;

/**
 * Who is annotating: asked when a workspace opens (unless given as an option or remembered), when
 * switching, and when a name, note or vote is given before anyone signed in.
 */
final class AnnotatorSignIn implements Annotations.SignIn {

    private final AppState state;
    private final BackgroundTasks tasks;
    private final AppPreferences preferences;
    private final AppOptions options;
    private final StatusBar status;

    AnnotatorSignIn(AppState state, BackgroundTasks tasks, AppPreferences preferences, AppOptions options,
            StatusBar status) {
        this.state = state;
        this.tasks = tasks;
        this.preferences = preferences;
        this.options = options;
        this.status = status;
    }

    /** Asks for the annotator unless one is given (an option or remembered), or when switching. */
    void choose(boolean ask) {
        WorkspaceSession session = state.session.get();
        if (session == null || (!options.signIn() && !ask)) {
            return;
        }
        Optional<String> given = options.annotator().or(preferences::annotator);
        Optional<String> name = ask || given.isEmpty() ? askAnnotator(session.database(), given) : given;
        name.ifPresent(n -> signIn(session.database(), n, who -> { }, ask));
    }

    /**
     * Signs in whoever the user names now, for a name, note or vote given before anyone signed in;
     * when no one is named, says why nothing was saved.
     */
    @Override
    public void ask(Consumer<Annotator> then, Runnable declined) {
        WorkspaceDatabase db = state.session.get().database();
        askAnnotator(db, preferences.annotator()).ifPresentOrElse(n -> signIn(db, n, then, true), () -> {
            status.notice("Not saved: names, notes and votes are recorded per annotator; sign in to give them"
                    + " (Annotator menu)");
            declined.run();
        });
    }

    @Override
    public void remind(String why) {
        status.notice(why);
    }

    private static Optional<String> askAnnotator(WorkspaceDatabase db, Optional<String> suggested) {
        return AnnotatorDialog.ask(db.annotators().stream().map(Annotator::name).toList(), suggested.orElse(""));
    }

    /** No one annotates until someone is named again: a name, note or vote asks who, as before signing in. */
    void signOut() {
        Annotator who = state.annotator.get();
        if (who != null) {
            state.annotator.set(null);
            preferences.forgetAnnotator();
            status.notice("Signed out " + who.name() + ": naming or voting asks who is annotating");
        }
    }

    /**
     * @param announce whether the status bar says who is signed in: after the user named someone,
     *                 replacing what it said before (why a change was not saved); not at a start
     *                 that signs in the remembered annotator, where it tells of the workspace opened
     */
    private void signIn(WorkspaceDatabase db, String name, Consumer<Annotator> then, boolean announce) {
        ProgressTask<Annotator> work = monitor -> db.annotator(name).orElseGet(() -> db.addAnnotator(name));
        tasks.run("annotator", "Signing in " + name, work, who -> {
            preferences.annotator(who.name());
            state.annotator.set(who);
            if (announce) {
                status.notice("Signed in as " + who.name() + ": your names, notes and votes are recorded under"
                        + " that name");
            }
            then.accept(who);
        });
    }
}

package xspace.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;

/**
 * How the application is started: the workspace to open (or the last one, or the demo on a first
 * start), the annotator to sign in without asking, whether anyone signs in at all (documentation
 * programs only browse, so the database is only read), and the preferences node (tests keep a
 * user's settings alone).
 *
 * @param workspace   the workspace to open; empty: the last one, else the demo
 * @param reopenLast  whether, with no workspace given, the last one (or the demo) opens
 * @param annotator   who is signed in without being asked; empty: the remembered name, else ask
 * @param signIn      false to browse without an annotator: nothing is written to the database
 * @param preferences the java.util.prefs node the application remembers things in
 */
public record AppOptions(Optional<Path> workspace, boolean reopenLast, Optional<String> annotator, boolean signIn,
        String preferences) {

    public static final String PREFERENCES = "xspace/app";

    /** A user's start: the last workspace or the demo, the remembered annotator, the user's preferences. */
    public static AppOptions interactive() {
        return new AppOptions(Optional.empty(), true, Optional.empty(), true, PREFERENCES);
    }

    /**
     * From the command line: {@code --workspace=DIR} or a folder as first argument (or the
     * documented {@code -Dxspace.workspace=DIR}), {@code --annotator=NAME}.
     */
    static AppOptions fromCommandLine(Application.Parameters parameters) {
        Map<String, String> named = parameters == null ? Map.of() : parameters.getNamed();
        List<String> unnamed = parameters == null ? List.of() : parameters.getUnnamed();
        Optional<Path> workspace = Optional.ofNullable(named.get("workspace"))
                .or(() -> unnamed.stream().findFirst())
                .or(() -> Optional.ofNullable(System.getProperty("xspace.workspace")))
                .map(Path::of);
        return interactive().withWorkspace(workspace.orElse(null))
                .withAnnotator(named.get("annotator"));
    }

    public AppOptions withWorkspace(Path folder) {
        return new AppOptions(Optional.ofNullable(folder), reopenLast, annotator, signIn, preferences);
    }

    public AppOptions withAnnotator(String name) {
        return new AppOptions(workspace, reopenLast, Optional.ofNullable(name).filter(n -> !n.isBlank()), signIn,
                preferences);
    }

    public AppOptions withPreferences(String node) {
        return new AppOptions(workspace, reopenLast, annotator, signIn, node);
    }

    /** Nothing opens unless a workspace is given: neither the last one nor the demo. */
    public AppOptions withoutReopening() {
        return new AppOptions(workspace, false, annotator, signIn, preferences);
    }

    /** No annotator signs in, so nothing is written (documentation programs). */
    public AppOptions browsingOnly() {
        return new AppOptions(workspace, reopenLast, Optional.empty(), false, preferences);
    }
}

package xspace;

import xspace.cli.XSpaceCommand;
import xspace.engine.BackendSelection;
import xspace.engine.NativeMemory;

/**
 * The one entry point of {@code xspace.jar}: with no arguments it opens the desktop application,
 * with a command it runs that command headless. It does not extend a JavaFX class, so the jar
 * also starts from a plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        NativeMemory.limitByDefault();
        try {
            BackendSelection.select();
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("xspace: " + e.getMessage());
            System.exit(2);
        }
        if (args.length == 0) {
            xspace.app.XSpaceApp.launchApp(args);
            return;
        }
        System.exit(XSpaceCommand.execute(args));
    }
}

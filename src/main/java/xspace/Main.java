package xspace;

import xspace.cli.XSpaceCommand;

/**
 * The one entry point of {@code xspace.jar}: with no arguments it opens the desktop application,
 * with a command it runs that command headless. It does not extend a JavaFX class, so the jar
 * also starts from a plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            xspace.app.XSpaceApp.launchApp(args);
            return;
        }
        System.exit(XSpaceCommand.execute(args));
    }
}

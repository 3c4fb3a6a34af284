package xspace;

import xspace.cli.XSpaceCommand;
import xspace.engine.BackendSelection;
import xspace.engine.NativeMemory;

/**
 * The one entry point of {@code xspace.jar}: with no arguments (or a workspace folder) it opens the
 * desktop application, with a command it runs that command headless. It does not extend a JavaFX class, so the jar
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
        if (opensTheApplication(args)) {
            xspace.app.XSpaceApp.launchApp(args);
            return;
        }
        System.exit(XSpaceCommand.execute(args));
    }

    /**
     * No arguments, or only the application's options: {@code --workspace=DIR} or one folder (not a
     * command's name), {@code --annotator=NAME}. The application then opens that workspace and says
     * so in a dialog when the folder is not one.
     */
    static boolean opensTheApplication(String[] args) {
        int folders = 0;
        for (String arg : args) {
            if (arg.startsWith("--workspace=")) {
                folders++;
            } else if (!arg.startsWith("--annotator=")) {
                if (XSpaceCommand.isCommandName(arg) || !java.nio.file.Files.isDirectory(java.nio.file.Path.of(arg))) {
                    return false;
                }
                folders++;
            }
        }
        return folders <= 1;
    }
}

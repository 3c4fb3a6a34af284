package xspace;

import java.util.Map;
import java.util.Optional;
import xspace.cli.XSpaceCommand;
import xspace.engine.BackendSelection;
import xspace.engine.NativeBackendStart;
import xspace.engine.NativeMemory;

/**
 * The one entry point of {@code xspace.jar}: with no arguments (or a workspace folder) it opens the
 * desktop application, with a command it runs that command headless. It does not extend a JavaFX class, so the jar
 * also starts from a plain class path.
 */
public final class Main {

    private static final String USE_A_COMMAND = "The commands run without one: xspace --help";
    /** Held: java.util.logging keeps its loggers weakly, and a filter set on a collected one is lost. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        drawWithoutAwtWindows();
        quietNativeLoader();
        NativeMemory.limitByDefault();
        try {
            BackendSelection.select();
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("xspace: " + e.getMessage());
            System.exit(2);
        }
        NativeBackendStart.beforeOtherThreads();
        if (opensTheApplication(args)) {
            launch(args);
            return;
        }
        System.exit(XSpaceCommand.execute(args));
    }

    /**
     * ND4J's CPU backend runs with a newer JavaCPP than its OpenBLAS presets were built with, on
     * purpose (the CUDA 13 presets need it); JavaCPP's loader then warns on every start that the
     * versions "do not match". Its messages go through SLF4J, where simplelogger.properties keeps
     * the loader's errors and drops that warning.
     */
    private static void quietNativeLoader() {
        if (System.getProperty("org.bytedeco.javacpp.logger") == null) {
            System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        }
    }

    /**
     * Opens the desktop application, or says in a line why it cannot: started over ssh or from a
     * service there is no display, and JavaFX's own answer is a stack trace.
     */
    private static void launch(String[] args) {
        Optional<String> missing = missingDisplay(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("glass.platform"));
        if (missing.isPresent()) {
            System.err.println("xspace: " + missing.get());
            System.exit(2);
        }
        // JavaFX warns on every start that it runs from the class path, which is how it is meant to run
        // here; that one warning is dropped, JavaFX's others are kept.
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            xspace.app.XSpaceApp.launchApp(args);
        } catch (UnsupportedOperationException e) {
            System.err.println("xspace: the application cannot open a window (" + e.getMessage() + "). "
                    + USE_A_COMMAND);
            System.exit(2);
        }
    }

    /**
     * XSpace opens no AWT window: Java2D only draws birds, heatmaps and PNG files in memory, which
     * headless AWT does as well. Otherwise the first drawing connects AWT to the X server itself: a
     * command failed where DISPLAY named a server no longer there (a closed session, an SSH login),
     * and at the application's first start AWT and JavaFX set up X11 on two threads at once. The
     * tests run so too. A value given on the command line is kept.
     */
    public static void drawWithoutAwtWindows() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Why there is no display for a window on Linux and other X11 or Wayland systems; empty where there is one. */
    static Optional<String> missingDisplay(String os, Map<String, String> env, String glassPlatform) {
        boolean x11OrWayland = !os.startsWith("Windows") && !os.startsWith("Mac");
        boolean headlessPlatform = glassPlatform != null && glassPlatform.equalsIgnoreCase("Monocle");
        boolean display = !env.getOrDefault("DISPLAY", "").isBlank()
                || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return x11OrWayland && !headlessPlatform && !display
                ? Optional.of("no display to open the application on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                        + USE_A_COMMAND)
                : Optional.empty();
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

package xspace.cli;

import java.io.PrintStream;
import xspace.engine.TaskMonitor;

/**
 * Shows a task's progress on the terminal: a redrawn bar on an interactive console, a line every
 * ten percent otherwise (logs, CI). Never cancelled; Ctrl-C ends the process.
 */
public final class ConsoleProgress implements TaskMonitor {

    private final PrintStream out;
    private final boolean interactive;
    private int lastDecile = -1;
    private long lastDraw;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
        this.interactive = System.console() != null;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        int percent = (int) Math.round(100 * fraction);
        if (interactive) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && fraction < 1) {
                return;
            }
            lastDraw = now;
            int filled = percent / 5;
            out.print("\r[" + "#".repeat(filled) + " ".repeat(20 - filled) + "] " + percent + "% " + message
                    + "   ");
            if (fraction >= 1) {
                out.println();
            }
        } else if (percent / 10 > lastDecile) {
            lastDecile = percent / 10;
            out.println(percent + "% " + message);
        }
        out.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}

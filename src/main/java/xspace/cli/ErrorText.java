package xspace.cli;

import xspace.engine.FileErrors;

/**
 * The one line a failed command prints after "error: ". The exceptions of java.nio.file carry
 * only the path as their message ("error: out/hm" says nothing of what went wrong), so they are
 * given what happened to the path, in the words the rest of XSpace uses ({@link FileErrors});
 * every other exception keeps its own message.
 */
final class ErrorText {

    private ErrorText() {
    }

    static String of(Throwable ex) {
        return FileErrors.reason(ex);
    }
}

package xspace.workspace;

/** The project's error for a workspace that cannot be created, opened or written, with the reason. */
public final class WorkspaceException extends RuntimeException {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}

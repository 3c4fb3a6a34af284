package xspace.model;

/** The project's error for a network or model file that cannot be used, with the reason. */
public final class ModelException extends RuntimeException {

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}

package xspace.data;

/**
 * A line of a CUB text file that cannot be used; thrown by line handlers and turned into a
 * {@link DatasetProblem} with the file and line number. Carries no stack trace: it is an
 * expected outcome of validation, possibly thousands of times per file.
 */
final class BadLineException extends Exception {

    private final Outcome outcome;

    BadLineException(String message, Outcome outcome) {
        super(message, null, false, false);
        this.outcome = outcome;
    }

    /** The same problem with a different consequence, once a line's subject is known. */
    BadLineException with(Outcome consequence) {
        return new BadLineException(getMessage(), consequence);
    }

    Outcome outcome() {
        return outcome;
    }
}

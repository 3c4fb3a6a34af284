package xspace.model;

/** What feature extraction does with an image that cannot be read (truncated, corrupt, gone). */
public enum BadImagePolicy {
    /** Stop, naming the image; finished batches are kept and a rerun resumes after them. */
    STOP,
    /** Leave the image out: its row holds NaN and it is listed in {@code skipped.csv}. */
    SKIP
}

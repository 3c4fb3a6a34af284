package xspace.data;

/** How {@link CubReader} treats problems in a dataset. */
public enum ValidationMode {
    /** Collect every problem, then refuse the dataset if there is any. */
    STRICT,
    /** Record every problem in the dataset and leave out only the records they affect. */
    LENIENT
}

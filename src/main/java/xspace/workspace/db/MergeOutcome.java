package xspace.workspace.db;

/** What merging decided for one incoming entry; see {@link MergeCounts}. */
enum MergeOutcome {
    ADDED,
    UPDATED,
    KEPT,
    UNCHANGED
}

package xspace.workspace.db;

import java.util.List;

/** The outcome of merging a colleague's {@link SharedState} into this workspace. */
public record MergeResult(int annotatorsAdded, MergeCounts names, MergeCounts votes, MergeCounts notes,
        List<NameConflict> conflicts) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }
}

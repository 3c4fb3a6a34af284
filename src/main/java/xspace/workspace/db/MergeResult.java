package xspace.workspace.db;

import java.util.List;

/**
 * The outcome of merging a colleague's {@link SharedState} into this workspace.
 *
 * @param replaced the entries here that newer incoming ones replaced (each is kept in its history)
 */
public record MergeResult(int annotatorsAdded, MergeCounts names, MergeCounts votes, MergeCounts notes,
        List<NameConflict> conflicts, List<Replacement> replaced) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
        replaced = List.copyOf(replaced);
    }
}

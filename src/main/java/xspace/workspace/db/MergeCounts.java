package xspace.workspace.db;

/**
 * What became of the incoming entries of one kind: {@code added} where the annotator had none
 * here, {@code updated} where the incoming one was newer and replaced it (the old one stays in the
 * history), {@code kept} where the one here was as new or newer and stayed, {@code unchanged}
 * where both were the same (a bundle imported twice).
 */
public record MergeCounts(int added, int updated, int kept, int unchanged) {

    static final MergeCounts NONE = new MergeCounts(0, 0, 0, 0);

    MergeCounts plus(MergeOutcome outcome) {
        return switch (outcome) {
            case ADDED -> new MergeCounts(added + 1, updated, kept, unchanged);
            case UPDATED -> new MergeCounts(added, updated + 1, kept, unchanged);
            case KEPT -> new MergeCounts(added, updated, kept + 1, unchanged);
            case UNCHANGED -> new MergeCounts(added, updated, kept, unchanged + 1);
        };
    }

    public int total() {
        return added + updated + kept + unchanged;
    }
}

package xspace.workspace.db;

/**
 * An entry of this workspace that a newer one from a colleague's bundle replaced. The replaced
 * entry is not lost: it stays in the name, vote or note history.
 *
 * @param annotator whose entry it is
 * @param kind      {@link #NAME}, {@link #VOTE} or {@link #NOTE}
 * @param key       the x-feature
 * @param before    the value replaced; null for a vote retracted or a note deleted here
 * @param beforeAt  when it was given (UTC ISO-8601)
 * @param after     the incoming value
 * @param afterAt   when that was given
 */
public record Replacement(String annotator, String kind, XFeatureKey key, String before, String beforeAt,
        String after, String afterAt) {

    public static final String NAME = "name";
    public static final String VOTE = "vote";
    public static final String NOTE = "note";

    Replacement replacing(String value, String at) {
        return new Replacement(annotator, kind, key, value, at, after, afterAt);
    }
}

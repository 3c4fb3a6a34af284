package xspace.workspace.db;

import java.util.List;

/**
 * What a workspace shares with colleagues: its annotators and their current names, votes and
 * notes, with annotators by name (ids differ between workspaces).
 */
public record SharedState(List<String> annotators, List<Name> names, List<Vote> votes, List<Note> notes) {

    public SharedState {
        annotators = List.copyOf(annotators);
        names = List.copyOf(names);
        votes = List.copyOf(votes);
        notes = List.copyOf(notes);
    }

    /** An annotator's current name for an x-feature. */
    public record Name(XFeatureKey key, String annotator, String name, java.time.Instant at) {
    }

    /** An annotator's current vote on an x-feature. */
    public record Vote(XFeatureKey key, String annotator, Trust trust, java.time.Instant at) {
    }

    /** An annotator's note on an x-feature. */
    public record Note(XFeatureKey key, String annotator, String text, java.time.Instant at) {
    }
}

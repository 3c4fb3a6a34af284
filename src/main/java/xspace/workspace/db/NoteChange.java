package xspace.workspace.db;

import java.time.Instant;
import java.util.Optional;

/** One entry of a note's history: the text an annotator wrote, or (empty text) the note deleted. */
public record NoteChange(XFeatureKey key, Annotator annotator, Optional<String> text, Instant at) {

    public boolean deleted() {
        return text.isEmpty();
    }
}

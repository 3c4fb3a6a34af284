package xspace.workspace.db;

import java.time.Instant;

/** An annotator's free-text note on an x-feature, as last written. */
public record Note(Annotator annotator, String text, Instant at) {
}

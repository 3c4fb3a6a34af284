package xspace.workspace.db;

import java.time.Instant;

/** One entry of a name's history: who named the x-feature what, and when. */
public record NameChange(XFeatureKey key, Annotator annotator, String name, Instant at) {
}

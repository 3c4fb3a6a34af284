package xspace.workspace.db;

import java.time.Instant;
import java.util.Optional;

/** One entry of the vote history: a vote cast, or (empty trust) a vote retracted. */
public record VoteChange(XFeatureKey key, Annotator annotator, Optional<Trust> trust, Instant at) {

    public boolean retracted() {
        return trust.isEmpty();
    }
}

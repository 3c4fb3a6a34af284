package xspace.workspace.sharing;

import java.time.Duration;
import java.time.Instant;

/**
 * The caps of an imported bundle, stated in docs/workspace.md. Without them a small zip could add
 * hundreds of thousands of rows under the write lock; the text caps are the database's own
 * ({@link xspace.workspace.db.Text}).
 */
final class BundleLimits {

    /** Rows per table (names, votes, notes). */
    static final int MAX_ROWS = 100_000;
    /** Entries of annotators.json. */
    static final int MAX_ANNOTATORS = 1_000;
    /** Modules the manifest may declare. */
    static final int MAX_MODULES = 10_000;
    /** How far a time may lie ahead of this computer's clock: two clocks never agree exactly. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** The first instant of year 10000: times are stored with four-digit years. */
    static final Instant TOO_LATE = Instant.parse("+10000-01-01T00:00:00Z");

    private BundleLimits() {
    }
}

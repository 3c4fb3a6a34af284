package xspace.workspace.sharing;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.Timestamps;

/**
 * Times read from a bundle. The newer entry wins a merge, so a time far ahead would win against
 * everything anyone does later; such times, and years a four-digit stored time cannot hold, are
 * refused.
 */
final class BundleTimes {

    private static final int MAX_TEXT = 40;

    private BundleTimes() {
    }

    /** The time, or a refusal saying why (without the location, which the caller adds). */
    static Instant check(String text, Instant now) {
        Instant at = parse(text);
        if (at.isBefore(BundleLimits.EARLIEST) || !at.isBefore(BundleLimits.TOO_LATE)) {
            throw new WorkspaceException("time " + Shown.quote(text) + " is outside the years 1970 to 9999");
        }
        Instant latest = now.plus(BundleLimits.CLOCK_SKEW);
        if (at.isAfter(latest)) {
            throw new WorkspaceException("time " + Shown.quote(text) + " lies in the future (this computer's clock"
                    + " says " + Timestamps.format(now) + "; at most " + BundleLimits.CLOCK_SKEW.toMinutes()
                    + " minutes ahead are accepted)");
        }
        return at;
    }

    private static Instant parse(String text) {
        if (text == null || text.length() > MAX_TEXT) {
            throw new WorkspaceException("not a UTC ISO-8601 time: " + Shown.quote(text));
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new WorkspaceException("not a UTC ISO-8601 time: " + Shown.quote(text), e);
        }
    }
}

package xspace.workspace.db;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import xspace.workspace.WorkspaceException;

/**
 * Times as stored: UTC ISO-8601 with exactly three fraction digits, so that the text order is the
 * time order (with {@link Instant#toString()} "…:00Z" would sort after "…:00.5Z").
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant at) {
        return FORMAT.format(at);
    }

    /** The instant as it will read back from the database. */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    public static Instant parse(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new WorkspaceException("not a UTC ISO-8601 time: \"" + text + "\"", e);
        }
    }
}

package xspace.workspace.db;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests that moves one second forward each time it is read, so every change has its own time. */
public final class SteppingClock extends Clock {

    private Instant next;

    public SteppingClock(Instant start) {
        this.next = start;
    }

    public static SteppingClock startingAt(String isoInstant) {
        return new SteppingClock(Instant.parse(isoInstant));
    }

    @Override
    public synchronized Instant instant() {
        Instant now = next;
        next = next.plus(Duration.ofSeconds(1));
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a stepping clock is UTC only");
    }
}

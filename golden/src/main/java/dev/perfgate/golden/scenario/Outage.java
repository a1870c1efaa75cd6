package dev.perfgate.golden.scenario;

import java.time.Duration;

/**
 * When the auth service fails every session check during a scenario: from {@code start} to
 * {@code end} after the load begins. Immutable and thread-safe.
 *
 * @param start when the outage begins
 * @param end   when the service recovers
 */
public record Outage(Duration start, Duration end) {

    /** No outage. */
    public static final Outage NONE = new Outage(Duration.ZERO, Duration.ZERO);

    public Outage {
        if (start.isNegative() || end.compareTo(start) < 0) {
            throw new IllegalArgumentException("an outage must start at or after 0 and end after it starts, was "
                    + start + " to " + end);
        }
    }

    public boolean isNone() {
        return end.equals(start);
    }
}

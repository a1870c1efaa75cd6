package dev.perfgate.budget;

import java.time.Duration;

/**
 * What is left of a {@link Deadline}: some time, or none. Closed, so a caller must handle
 * {@link Expired} before it has a number to pass on: an expired deadline cannot reach an API that
 * reads a timeout of 0 as "wait forever" ({@code Socket.setSoTimeout},
 * {@code Object.wait}, many clients) by mistake. Implementations are immutable and thread-safe.
 */
public sealed interface Remaining permits Remaining.Left, Remaining.Expired {

    /**
     * Time left, at least one nanosecond.
     *
     * @param nanos nanoseconds left, positive
     */
    record Left(long nanos) implements Remaining {
        public Left {
            if (nanos <= 0) {
                throw new IllegalArgumentException("time left must be positive, was " + nanos + " ns");
            }
        }

        /** The time left in whole milliseconds, rounded up: never 0, so never "forever". */
        public long millisRoundedUp() {
            return (nanos + 999_999) / 1_000_000;
        }

        public Duration toDuration() {
            return Duration.ofNanos(nanos);
        }
    }

    /** No time left: the operation must give up, not start another wait. */
    enum Expired implements Remaining {
        EXPIRED
    }
}

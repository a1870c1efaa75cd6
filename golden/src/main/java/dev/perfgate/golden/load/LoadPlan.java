package dev.perfgate.golden.load;

import java.time.Duration;

/**
 * What the load generator offers: new connections at a constant arrival rate for a duration (open
 * loop: the next connection starts on schedule whether or not earlier ones have finished), each
 * sending {@code earlyMessages} frames right after its upgrade, before it is READY, then
 * {@code messages} frames one at a time, each at least {@code messageInterval} after the previous
 * one was sent and only once its echo came back, then closing. Immutable and thread-safe.
 *
 * @param ratePerSecond   connections started per second
 * @param duration        how long connections keep starting
 * @param earlyMessages   frames sent before READY, to race the handshake
 * @param messages        frames sent after READY, each timed to its echo
 * @param messageInterval the pace of those frames on one connection
 */
public record LoadPlan(double ratePerSecond, Duration duration, int earlyMessages, int messages,
                       Duration messageInterval) {

    public LoadPlan {
        if (!(ratePerSecond > 0 && ratePerSecond <= 10_000)) {
            throw new IllegalArgumentException("rate must be in (0, 10000] connections per second, was " + ratePerSecond);
        }
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("duration must be positive and at most 1 h, was " + duration);
        }
        if (earlyMessages < 0 || earlyMessages > 1000 || messages < 0 || messages > 100_000) {
            throw new IllegalArgumentException("earlyMessages must be 0..1000 and messages 0..100000, were "
                    + earlyMessages + " and " + messages);
        }
        if (messageInterval == null || messageInterval.isNegative() || messageInterval.isZero()) {
            throw new IllegalArgumentException("messageInterval must be positive, was " + messageInterval);
        }
    }

    /** How many connections the plan starts. */
    public long connections() {
        return Math.max(1, Math.round(ratePerSecond * duration.toNanos() / 1e9));
    }

    /** Nanoseconds between two connection starts. */
    public long periodNanos() {
        return Math.round(1e9 / ratePerSecond);
    }

    /** This plan at another rate and duration. */
    public LoadPlan at(double rate, Duration newDuration) {
        return new LoadPlan(rate, newDuration, earlyMessages, messages, messageInterval);
    }
}

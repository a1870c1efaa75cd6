package dev.perfgate.peers.breaker;

import java.time.Duration;

/**
 * The breaker settings every adapter translates into its library's terms, so all peers race with
 * the same window and thresholds. Immutable and thread-safe.
 *
 * @param windowSize         count-based window, in calls
 * @param failureRatePercent failure share of the window that trips
 * @param openWait           how long OPEN lasts before probing
 * @param slowCall           calls longer than this are slow (where the library tracks slow calls)
 */
public record PeerSettings(int windowSize, int failureRatePercent, Duration openWait, Duration slowCall) {

    /** A breaker that stays CLOSED under successes: window 100, 50 %, 1 h wait, 2 s slow calls. */
    public static PeerSettings steady() {
        return new PeerSettings(100, 50, Duration.ofHours(1), Duration.ofSeconds(2));
    }

    /** Failures needed to trip within a full window. */
    public int failuresToTrip() {
        return windowSize * failureRatePercent / 100;
    }
}

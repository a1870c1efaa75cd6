package dev.perfgate.breaker;

import dev.perfgate.time.Nanos;
import java.time.Duration;

/**
 * The shape of a breaker's sliding window: the last N calls, or the calls of the last period.
 * Implementations are immutable, validated values and thread-safe.
 */
public sealed interface WindowSpec permits WindowSpec.Count, WindowSpec.Time {

    /**
     * The outcomes of the last {@code size} calls.
     *
     * @param size how many calls the window holds, at least 1
     */
    record Count(int size) implements WindowSpec {
        public Count {
            if (size < 1) {
                throw new IllegalArgumentException("count window size must be at least 1, was " + size);
            }
        }
    }

    /**
     * The outcomes of the calls made during the last {@code length}, kept in {@code buckets}
     * equal slices (a call leaves the window when its whole slice has aged out).
     *
     * @param length  the period covered, positive
     * @param buckets how many slices the period is cut into, 1 to 1000
     */
    record Time(Duration length, int buckets) implements WindowSpec {
        public Time {
            Nanos.ofSetting("time window length", length, false);
            if (buckets < 1 || buckets > 1000) {
                throw new IllegalArgumentException("time window buckets must be 1..1000, was " + buckets);
            }
            if (length.toNanos() / buckets < 1) {
                throw new IllegalArgumentException(
                        "time window " + length + " is too short for " + buckets + " buckets");
            }
        }

        long bucketNanos() {
            return length.toNanos() / buckets;
        }
    }
}

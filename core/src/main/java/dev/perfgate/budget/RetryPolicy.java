package dev.perfgate.budget;

import dev.perfgate.time.Nanos;
import java.time.Duration;

/**
 * How often and how far apart to retry: exponential backoff with jitter, capped. The wait before
 * retry {@code k} (k = 1 for the second attempt) is at most
 * {@code min(maxBackoff, initialBackoff × multiplier^(k−1))}; jitter only shortens it, by up to
 * {@code jitter} of itself, so the cap is a hard ceiling the consistency check can add up.
 * Immutable and thread-safe.
 *
 * @param maxAttempts    attempts in all, the first included; 1 to {@link #MAX_ATTEMPTS}
 * @param initialBackoff wait before the first retry; zero or positive
 * @param multiplier     growth per retry; at least 1
 * @param maxBackoff     cap on any single wait; at least {@code initialBackoff}
 * @param jitter         fraction in [0, 1] by which a wait may be randomly shortened
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff,
                          double jitter) {

    /** More attempts than this is a configuration mistake, not a policy: no deadline holds them. */
    public static final int MAX_ATTEMPTS = 1_000;

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("maxAttempts must be 1.." + MAX_ATTEMPTS + ", was " + maxAttempts);
        }
        Nanos.ofSetting("initialBackoff", initialBackoff, true);
        if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number of at least 1, was " + multiplier);
        }
        Nanos.ofSetting("maxBackoff", maxBackoff, true);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "maxBackoff must be at least initialBackoff (" + initialBackoff + "), was " + maxBackoff);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1], was " + jitter);
        }
    }

    /** The longest wait before retry {@code retry} (1-based), before jitter. */
    public long backoffCeilingNanos(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry must be at least 1, was " + retry);
        }
        double grown = initialBackoff.toNanos() * Math.pow(multiplier, retry - 1);
        return (long) Math.min(grown, maxBackoff.toNanos());
    }

    /** The longest total wait across all retries; Long.MAX_VALUE when it exceeds what a long holds. */
    public long worstCaseBackoffNanos() {
        long cap = maxBackoff.toNanos();
        long total = 0;
        for (int retry = 1; retry < maxAttempts; retry++) {
            long ceiling = backoffCeilingNanos(retry);
            if (ceiling == cap) {
                // Every later wait is the cap too: add them at once.
                return Nanos.saturatedAdd(total, Nanos.saturatedMultiply(cap, maxAttempts - retry));
            }
            total = Nanos.saturatedAdd(total, ceiling);
        }
        return total;
    }
}

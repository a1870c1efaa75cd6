package dev.perfgate.budget;

import dev.perfgate.time.NanoClock;
import dev.perfgate.time.Nanos;
import java.time.Duration;

/**
 * The end of one user operation's time budget (for example a WebSocket handshake's 10 s),
 * created once when the operation starts; every attempt's timeout is derived from what is left.
 *
 * <p>What is left comes as a {@link Remaining}, never as a bare number that would be 0 once
 * expired: many APIs read a timeout of 0 as "wait forever", so an expired deadline must be
 * handled before a timeout exists to pass on. Immutable and thread-safe.
 */
public final class Deadline {

    private final NanoClock clock;
    private final long expiresAtNanos;

    private Deadline(NanoClock clock, long expiresAtNanos) {
        this.clock = clock;
        this.expiresAtNanos = expiresAtNanos;
    }

    /** A deadline {@code budget} from now on {@link System#nanoTime()}. */
    public static Deadline within(Duration budget) {
        return within(budget, NanoClock.SYSTEM);
    }

    /** A deadline {@code budget} from now on the given monotonic nanosecond clock. */
    public static Deadline within(Duration budget, NanoClock nanoClock) {
        long budgetNanos = Nanos.ofSetting("deadline budget", budget, false);
        if (nanoClock == null) {
            throw new IllegalArgumentException("nanoClock must be given");
        }
        // Wrapping is fine here: only differences of clock readings are ever compared.
        return new Deadline(nanoClock, nanoClock.nanoTime() + budgetNanos);
    }

    /** What is left of the budget now. */
    public Remaining remaining() {
        long left = expiresAtNanos - clock.nanoTime();
        return left > 0 ? new Remaining.Left(left) : Remaining.Expired.EXPIRED;
    }

    public boolean isExpired() {
        return expiresAtNanos - clock.nanoTime() <= 0;
    }

    /**
     * The timeout for a call that would like {@code desiredNanos}, never past the deadline:
     * {@link Remaining.Expired} when nothing is left.
     */
    public Remaining timeoutFor(long desiredNanos) {
        if (desiredNanos <= 0) {
            throw new IllegalArgumentException("desired timeout must be positive, was " + desiredNanos);
        }
        long left = expiresAtNanos - clock.nanoTime();
        return left > 0 ? new Remaining.Left(Math.min(desiredNanos, left)) : Remaining.Expired.EXPIRED;
    }
}

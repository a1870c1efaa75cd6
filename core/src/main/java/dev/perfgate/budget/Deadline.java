package dev.perfgate.budget;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The end of one user operation's time budget (for example a WebSocket handshake's 10 s),
 * created once when the operation starts; every attempt's timeout is derived from what is left.
 * Immutable and thread-safe.
 */
public final class Deadline {

    private final LongSupplier clock;
    private final long expiresAtNanos;

    private Deadline(LongSupplier clock, long expiresAtNanos) {
        this.clock = clock;
        this.expiresAtNanos = expiresAtNanos;
    }

    /** A deadline {@code budget} from now on {@link System#nanoTime()}. */
    public static Deadline within(Duration budget) {
        return within(budget, System::nanoTime);
    }

    /** A deadline {@code budget} from now on the given monotonic nanosecond clock. */
    public static Deadline within(Duration budget, LongSupplier nanoClock) {
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("deadline budget must be positive, was " + budget);
        }
        if (nanoClock == null) {
            throw new IllegalArgumentException("nanoClock must be given");
        }
        return new Deadline(nanoClock, nanoClock.getAsLong() + budget.toNanos());
    }

    /** Nanoseconds left, never negative. */
    public long remainingNanos() {
        return Math.max(0, expiresAtNanos - clock.getAsLong());
    }

    public boolean isExpired() {
        return expiresAtNanos - clock.getAsLong() <= 0;
    }

    /** The timeout for a call that would like {@code desiredNanos}: never past the deadline. */
    public long timeoutNanos(long desiredNanos) {
        if (desiredNanos < 0) {
            throw new IllegalArgumentException("desired timeout must not be negative, was " + desiredNanos);
        }
        return Math.min(desiredNanos, remainingNanos());
    }
}

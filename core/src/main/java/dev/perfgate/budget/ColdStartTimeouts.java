package dev.perfgate.budget;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Picks each auth call's timeout from a {@link TimeoutProfile}: the cold-start timeout for the
 * first call ever and for the first call after an idle period, the steady timeout otherwise.
 * Thread-safe and lock-free: when calls race after an idle period, the first to record its start
 * gets the cold-start timeout and the others, started right after it, the steady one.
 */
public final class ColdStartTimeouts {

    private static final long NEVER = Long.MIN_VALUE;

    private final TimeoutProfile profile;
    private final LongSupplier clock;
    private final long steadyNanos;
    private final long coldNanos;
    private final long idleNanos;
    private final AtomicLong lastCallNanos = new AtomicLong(NEVER);

    public ColdStartTimeouts(TimeoutProfile profile, LongSupplier nanoClock) {
        if (profile == null || nanoClock == null) {
            throw new IllegalArgumentException("profile and nanoClock must be given");
        }
        this.profile = profile;
        this.clock = nanoClock;
        this.steadyNanos = profile.steadyTimeout().toNanos();
        this.coldNanos = profile.coldStartTimeout().toNanos();
        this.idleNanos = profile.idleThreshold().toNanos();
    }

    public TimeoutProfile profile() {
        return profile;
    }

    /** The timeout for a call starting now; records the call's start. */
    public long nextTimeoutNanos() {
        long now = clock.getAsLong();
        long last = lastCallNanos.getAndSet(now);
        boolean cold = last == NEVER || now - last >= idleNanos;
        return cold ? coldNanos : steadyNanos;
    }
}

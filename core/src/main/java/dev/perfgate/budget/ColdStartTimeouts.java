package dev.perfgate.budget;

import dev.perfgate.time.NanoClock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Picks each auth call's timeout from a {@link TimeoutProfile}: the cold-start timeout for every
 * call made while the service may still be cold, the steady timeout once it is known warm.
 *
 * <p>The service is known warm only from an answer: report each answer (any response, success
 * or refusal, but not a timeout) with {@link #serviceAnswered()}. Until the first answer, and
 * again once {@code idleThreshold} has passed since the latest one, the service may be cold, and
 * every call gets the cold-start allowance: concurrent handshakes that meet the same cold start,
 * and the retry of a cold attempt that timed out (no answer came, so the service may still be
 * starting). Giving the allowance only to the first caller after an idle period failed every
 * other caller of a cold service, which is the incident the allowance exists for.
 *
 * <p>Thread-safe and lock-free: one volatile read per call, one CAS per answer at most.
 */
public final class ColdStartTimeouts {

    private static final long NEVER = Long.MIN_VALUE;

    private final TimeoutProfile profile;
    private final NanoClock clock;
    private final long steadyNanos;
    private final long coldNanos;
    private final long idleNanos;
    private final AtomicLong lastAnswerNanos = new AtomicLong(NEVER);

    public ColdStartTimeouts(TimeoutProfile profile, NanoClock nanoClock) {
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

    /** The timeout for a call starting now. */
    public long nextTimeoutNanos() {
        long last = lastAnswerNanos.get();
        boolean mayBeCold = last == NEVER || clock.nanoTime() - last >= idleNanos;
        return mayBeCold ? coldNanos : steadyNanos;
    }

    /** Reports that the service answered a call just now: it is warm. */
    public void serviceAnswered() {
        long now = clock.nanoTime();
        for (;;) {
            long last = lastAnswerNanos.get();
            // Answers reported out of order never move the latest one back.
            if ((last != NEVER && now - last <= 0) || lastAnswerNanos.compareAndSet(last, now)) {
                return;
            }
        }
    }
}

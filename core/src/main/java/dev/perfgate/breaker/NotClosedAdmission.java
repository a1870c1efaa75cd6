package dev.perfgate.breaker;

import dev.perfgate.time.NanoClock;

/**
 * Whether a call may be made while the breaker is not CLOSED: OPEN refuses until its wait has
 * passed and then moves on to HALF_OPEN; HALF_OPEN grants a probe while a slot is free, and
 * reopens when a probe has not reported back in time; DISABLED permits and FORCED_OPEN refuses.
 * The CLOSED path stays in {@link CircuitBreaker#tryAcquire()}, one volatile read. Thread-safe
 * and lock-free, as its breaker.
 */
final class NotClosedAdmission {

    /** Each failed CAS means another thread moved the state forward, so a few tries settle it. */
    private static final int ATTEMPTS = 8;

    private final CircuitBreaker breaker;
    private final NanoClock clock;
    private final long probeTimeoutNanos;

    NotClosedAdmission(CircuitBreaker breaker, NanoClock clock, long probeTimeoutNanos) {
        this.breaker = breaker;
        this.clock = clock;
        this.probeTimeoutNanos = probeTimeoutNanos;
    }

    /** A permit or a rejection for a call asked while the phase was {@code current}. */
    Permit acquire(Phase current) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Permit settled = settledAnswer(current);
            if (settled != null) {
                return settled;
            }
            long now = clock.nanoTime();
            if (current instanceof Phase.Open open) {
                if (now - open.openUntilNanos() < 0) {
                    return Rejection.OPEN;
                }
                breaker.endWait(open, now);
            } else {
                Phase.HalfOpen halfOpen = (Phase.HalfOpen) current;
                if (halfOpen.probes().anyExpired(now, probeTimeoutNanos)) {
                    breaker.reopen(halfOpen, TransitionCause.PROBE_EXPIRED, now);
                    return Rejection.OPEN;
                }
                GrantedPermit probe = halfOpen.probes().claim(halfOpen.generation(), now);
                // Re-read the phase after claiming: a probe's failure may have ended this
                // generation since it was read, and a slot of an ended generation is nobody's.
                // Only a probe whose generation is still current after its claim is granted.
                if (breaker.phase() == halfOpen) {
                    return probe == null ? Rejection.PROBES_BUSY : probe;
                }
                if (probe != null) {
                    halfOpen.probes().release(probe);
                }
            }
            current = breaker.phase();
        }
        Permit settled = settledAnswer(current);
        return settled != null ? settled : Rejection.OPEN;
    }

    /** The answer of a phase that needs no clock to give one: CLOSED, DISABLED, FORCED_OPEN; else null. */
    private static Permit settledAnswer(Phase current) {
        if (current instanceof Phase.Closed closed) {
            return closed.permit();
        }
        if (current instanceof Phase.Disabled disabled) {
            return disabled.permit();
        }
        return current instanceof Phase.ForcedOpen ? Rejection.FORCED_OPEN : null;
    }
}

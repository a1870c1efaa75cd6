package dev.perfgate.breaker;

import dev.perfgate.time.NanoClock;

/**
 * What a HALF_OPEN probe's report does: a failure, or a report later than the probe timeout,
 * reopens the breaker (once: the first to close its slot); a success frees its slot and, the
 * {@link BreakerConfig#successesToClose()}-th, closes the breaker with a fresh window. A report
 * that finds no slot of its own (a duplicate, or a non-probe permit of this generation) is stale.
 * Thread-safe and lock-free, as its breaker.
 */
final class ProbeReports {

    private final CircuitBreaker breaker;
    private final BreakerConfig config;
    private final NanoClock clock;
    private final long probeTimeoutNanos;

    ProbeReports(CircuitBreaker breaker, BreakerConfig config, NanoClock clock) {
        this.breaker = breaker;
        this.config = config;
        this.clock = clock;
        this.probeTimeoutNanos = config.probeTimeout().toNanos();
    }

    /** Records the report of {@code probe}, granted by {@code halfOpen} (the current phase), at {@code now}. */
    void record(Phase.HalfOpen halfOpen, GrantedPermit probe, boolean failed, long now) {
        boolean expired = now - probe.issuedAtNanos() >= probeTimeoutNanos;
        if (!probe.isProbe()) {
            breaker.countStale();
            return;
        }
        if (failed || expired) {
            if (!halfOpen.probes().closeOnFailure(probe)) {
                breaker.countStale();
                return;
            }
            breaker.reopen(halfOpen, expired ? TransitionCause.PROBE_EXPIRED : TransitionCause.PROBE_FAILED, now);
        } else if (!halfOpen.probes().release(probe)) {
            breaker.countStale();
        } else if (halfOpen.successes().incrementAndGet() >= config.successesToClose()) {
            breaker.moveTo(halfOpen, new Phase.Closed(halfOpen.generation() + 1, config, clock),
                    TransitionCause.RECOVERED, now);
        }
    }
}

package dev.perfgate.breaker;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * HALF_OPEN with one probe slot, two successes needed and a frozen clock: the first probe
 * succeeded and a second holds the same slot with the same issue time. Two threads report the
 * first probe again at once. Both reports are duplicates: they must be counted stale, and the
 * second probe must still be in flight, its slot its own, with one success counted.
 *
 * <p>r1: probe successes (2 when the breaker closed), r2: results counted stale, r3: probes in flight.
 */
@JCStressTest
@Outcome(id = "1, 2, 1", expect = ACCEPTABLE, desc = "both duplicates stale; the second probe untouched")
@Outcome(expect = FORBIDDEN, desc = "a duplicate report was taken for another probe")
@State
public class DuplicateProbeReportStress {

    private final CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().consecutiveFailures(1)
            .openWait(Duration.ZERO).maxConcurrentProbes(1).successesToClose(2)
            .probeTimeout(Duration.ofHours(1)).build(), StressClock.FROZEN);
    private final Permit first;

    public DuplicateProbeReportStress() {
        breaker.onFailure(breaker.tryAcquire(), 0);
        first = breaker.tryAcquire();
        breaker.onSuccess(first, 0);
        breaker.tryAcquire(); // the second probe, which never reports during the test
    }

    @Actor
    public void duplicate() {
        breaker.onSuccess(first, 0);
    }

    @Actor
    public void anotherDuplicate() {
        breaker.onSuccess(first, 0);
    }

    @Arbiter
    public void judge(III_Result r) {
        BreakerMetrics m = breaker.metrics();
        r.r1 = m.state() == BreakerState.CLOSED ? 2 : m.probeSuccesses();
        r.r2 = (int) m.staleResults();
        r.r3 = m.probesInFlight();
    }
}

package dev.perfgate.breaker;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * A HALF_OPEN breaker (one probe allowed, zero open wait) whose only probe fails while another
 * caller asks for a permit. The caller may be refused or get a probe of a later generation; it
 * must never get a probe of the generation the failure ended, and never may two probes be in
 * flight at once.
 *
 * <p>r1: what the asking caller got (see {@link Outcomes}); r2: probes in flight afterwards,
 * counted from the permits held (the failing thread asks again after reporting).
 */
@JCStressTest
@Outcome(id = {"0, 0", "0, 1", "3, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = "refused, or a probe of a live generation")
@Outcome(id = {"2, .*"}, expect = FORBIDDEN, desc = "a probe of the generation the failure ended")
@Outcome(id = {".*, 2"}, expect = FORBIDDEN, desc = "two probes in flight against one allowed")
@Outcome(expect = FORBIDDEN, desc = "anything else")
@State
public class HalfOpenAdmissionStress {

    private final CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().consecutiveFailures(1)
            .openWait(Duration.ZERO).maxConcurrentProbes(1).successesToClose(1)
            .probeTimeout(Duration.ofHours(1)).build(), StressClock.FROZEN);
    private final GrantedPermit probe;
    private final long halfOpenGeneration;

    public HalfOpenAdmissionStress() {
        breaker.onFailure(breaker.tryAcquire(), 0);
        probe = (GrantedPermit) breaker.tryAcquire();
        halfOpenGeneration = probe.generation();
    }

    private Permit failerAgain;
    private Permit asker;

    @Actor
    public void probeFails() {
        breaker.onFailure(probe, 0);
        failerAgain = breaker.tryAcquire();
    }

    @Actor
    public void anotherCallerAsks(II_Result r) {
        asker = breaker.tryAcquire();
        r.r1 = Outcomes.code(asker, halfOpenGeneration);
    }

    @Arbiter
    public void count(II_Result r) {
        r.r2 = Outcomes.probes(asker) + Outcomes.probes(failerAgain);
    }
}

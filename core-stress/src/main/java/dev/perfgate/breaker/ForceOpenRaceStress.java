package dev.perfgate.breaker;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * HALF_OPEN, one probe in flight whose success would close the breaker. At once: the probe
 * reports its success and its thread then asks for another permit (reporting a success if it got
 * one), while an operator forces the breaker open. Whatever the order, the breaker must end
 * FORCED_OPEN and refuse the next caller for that reason: neither a probe's success nor a call
 * admitted before the force may undo it. Every transition must be heard once, one per
 * generation, chained. (Two actors: jcstress runs no test with more actors than CPUs.)
 *
 * <p>r1: what the later call got (0 busy, 1 open, 2 forced open, 3 a permit); r2: final state
 * ordinal (3 FORCED_OPEN); r3: the next caller's rejection ordinal (2 FORCED_OPEN, -1 granted);
 * r4: 1 when the transitions heard chain exactly.
 */
@JCStressTest
@Outcome(id = "2, 3, 2, 1", expect = ACCEPTABLE, desc = "forced first (or between the probe's success and its close)")
@Outcome(id = "3, 3, 2, 1", expect = ACCEPTABLE, desc = "the probe closed the breaker first; forced open after")
@Outcome(expect = FORBIDDEN, desc = "the force undone, a caller admitted after it, or a transition lost or doubled")
@State
public class ForceOpenRaceStress {

    private final CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().consecutiveFailures(1)
            .openWait(Duration.ZERO).maxConcurrentProbes(1).successesToClose(1)
            .probeTimeout(Duration.ofHours(1)).build(), StressClock.FROZEN);
    private final TransitionLog log = new TransitionLog();
    private final Permit probe;
    private final long startGeneration;

    public ForceOpenRaceStress() {
        breaker.onFailure(breaker.tryAcquire(), 0);
        probe = breaker.tryAcquire();
        startGeneration = breaker.metrics().generation();
        breaker.addListener(log);
    }

    @Actor
    public void probeSucceedsThenAnotherCall(IIII_Result r) {
        breaker.onSuccess(probe, 0);
        Permit permit = breaker.tryAcquire();
        r.r1 = permit instanceof Rejection rejection ? rejection.ordinal() : 3;
        if (permit instanceof GrantedPermit) {
            breaker.onSuccess(permit, 0);
        }
    }

    @Actor
    public void operatorForcesOpen() {
        breaker.forceOpen();
    }

    @Arbiter
    public void judge(IIII_Result r) {
        BreakerMetrics metrics = breaker.metrics();
        r.r2 = metrics.state().ordinal();
        Permit next = breaker.tryAcquire();
        r.r3 = next instanceof Rejection rejection ? rejection.ordinal() : -1;
        r.r4 = log.chained(startGeneration, BreakerState.HALF_OPEN, metrics.generation());
    }
}

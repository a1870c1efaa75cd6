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
 * CLOSED, one failure from tripping. At once: a call reports that failure and its thread then
 * makes another call that fails too (if admitted), while an operator disables the breaker.
 * Whatever the order, the breaker must end DISABLED, admitting the next caller: a trip decided on
 * the old generation's window may not land on the disabled breaker. (Two actors: jcstress runs
 * no test with more actors than CPUs.)
 *
 * <p>r1: final state ordinal (4 DISABLED); r2: 1 when the next caller is admitted; r3: 1 when the
 * transitions heard chain exactly.
 */
@JCStressTest
@Outcome(id = "4, 1, 1", expect = ACCEPTABLE, desc = "disabled at the end, whoever came first")
@Outcome(expect = FORBIDDEN, desc = "tripped after disabling, a caller refused, or a transition lost or doubled")
@State
public class DisableRaceStress {

    private final CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().consecutiveFailures(2)
            .openWait(Duration.ofHours(1)).build(), StressClock.FROZEN);
    private final TransitionLog log = new TransitionLog();
    private final Permit admitted;

    public DisableRaceStress() {
        breaker.onFailure(breaker.tryAcquire(), 0);
        admitted = breaker.tryAcquire();
        breaker.addListener(log);
    }

    @Actor
    public void failureTripsThenAnotherFails() {
        breaker.onFailure(admitted, 0);
        Permit permit = breaker.tryAcquire();
        if (permit instanceof GrantedPermit) {
            breaker.onFailure(permit, 0);
        }
    }

    @Actor
    public void operatorDisables() {
        breaker.disable();
    }

    @Arbiter
    public void judge(III_Result r) {
        BreakerMetrics metrics = breaker.metrics();
        r.r1 = metrics.state().ordinal();
        r.r2 = breaker.tryAcquire() instanceof GrantedPermit ? 1 : 0;
        r.r3 = log.chained(0, BreakerState.CLOSED, metrics.generation());
    }
}

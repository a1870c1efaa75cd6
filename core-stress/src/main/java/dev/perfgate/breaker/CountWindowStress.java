package dev.perfgate.breaker;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * A full count window of two failures; two threads record a success and a slow success at once.
 * Both evict a failure, so the window must end with no failure, one slow call and two calls,
 * whatever the interleaving (a lost or doubled delta would leave a residue).
 *
 * <p>r1: failures, r2: slow calls, r3: calls.
 */
@JCStressTest
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "exact totals")
@Outcome(expect = FORBIDDEN, desc = "totals drifted")
@State
public class CountWindowStress {

    private final CountOutcomeWindow window = new CountOutcomeWindow(2, new RateThresholds(2, 100, 100));

    public CountWindowStress() {
        window.record(true, false);
        window.record(true, false);
    }

    @Actor
    public void success() {
        window.record(false, false);
    }

    @Actor
    public void slowSuccess() {
        window.record(false, true);
    }

    @Arbiter
    public void totals(III_Result r) {
        r.r1 = (int) window.failures();
        r.r2 = (int) window.slowCalls();
        r.r3 = (int) window.calls();
    }
}

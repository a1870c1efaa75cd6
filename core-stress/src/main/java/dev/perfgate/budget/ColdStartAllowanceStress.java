package dev.perfgate.budget;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;

/**
 * Two handshakes call a service that has never answered, at the same instant. Both may meet the
 * cold start, so both must get the cold-start timeout (3.5 s), never the steady one (1 s).
 *
 * <p>r1, r2: the timeout each caller got, in milliseconds.
 */
@JCStressTest
@Outcome(id = "3500, 3500", expect = ACCEPTABLE, desc = "both calls allowed for the cold start")
@Outcome(expect = FORBIDDEN, desc = "a call that may meet the cold start got the steady timeout")
@State
public class ColdStartAllowanceStress {

    private final ColdStartTimeouts timeouts = new ColdStartTimeouts(
            new TimeoutProfile(Duration.ofSeconds(1), Duration.ofMillis(3500), Duration.ofMinutes(5)),
            () -> 5_000_000_000_000L);

    @Actor
    public void first(JJ_Result r) {
        r.r1 = timeouts.nextTimeoutNanos() / 1_000_000;
    }

    @Actor
    public void second(JJ_Result r) {
        r.r2 = timeouts.nextTimeoutNanos() / 1_000_000;
    }
}

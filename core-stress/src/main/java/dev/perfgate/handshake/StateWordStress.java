package dev.perfgate.handshake;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZI_Result;

/**
 * The auth grant and the deadline timer race on an AUTHENTICATING connection: exactly one wins,
 * and the final state is the winner's.
 *
 * <p>r1: grant applied, r2: deadline applied, r3: final state ordinal (3 READY, 6 FAILED).
 */
@JCStressTest
@Outcome(id = "true, false, 3", expect = ACCEPTABLE, desc = "the grant won: READY")
@Outcome(id = "false, true, 6", expect = ACCEPTABLE, desc = "the deadline won: FAILED")
@Outcome(expect = FORBIDDEN, desc = "both or neither applied, or the state disagrees")
@State
public class StateWordStress {

    private final HandshakeConnection<Integer> connection =
            new HandshakeConnection<>(HandshakeConfig.DEFAULT.withTiming(StateTiming.OFF), 1_000, () -> 0L, f -> { });

    public StateWordStress() {
        connection.accept();
        connection.beginAuthentication();
    }

    @Actor
    public void grant(ZZI_Result r) {
        r.r1 = connection.completeAuthentication(AuthOutcome.GRANTED).applied();
    }

    @Actor
    public void deadline(ZZI_Result r) {
        r.r2 = connection.deadlinePassed().applied();
    }

    @Arbiter
    public void state(ZZI_Result r) {
        r.r3 = connection.state().ordinal();
    }
}

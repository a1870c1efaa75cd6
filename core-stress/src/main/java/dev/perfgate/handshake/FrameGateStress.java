package dev.perfgate.handshake;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

/**
 * Frame 0 waits in the early buffer; frame 1 arrives on the I/O thread while the auth thread
 * makes the connection READY and drains. Both must be delivered exactly once, 0 before 1.
 *
 * <p>r1: the frames the sink saw, in order.
 */
@JCStressTest
@Outcome(id = "\\[0, 1\\]", expect = ACCEPTABLE, desc = "both delivered once, in arrival order")
@Outcome(expect = FORBIDDEN, desc = "a frame lost, doubled or overtaken")
@State
public class FrameGateStress {

    // Not thread-safe on purpose: the connection promises never to call the sink concurrently.
    private final List<Integer> seen = new ArrayList<>();
    private final HandshakeConnection<Integer> connection =
            new HandshakeConnection<>(HandshakeConfig.DEFAULT.withTiming(StateTiming.OFF), 1_000, () -> 0L, seen::add);

    public FrameGateStress() {
        connection.accept();
        connection.beginAuthentication();
        connection.onFrame(0, 1);
    }

    @Actor
    public void ioThread() {
        connection.onFrame(1, 1);
    }

    @Actor
    public void authThread() {
        connection.completeAuthentication(AuthOutcome.GRANTED);
    }

    @Arbiter
    public void delivered(L_Result r) {
        synchronized (seen) {
            r.r1 = seen.toString();
        }
    }
}

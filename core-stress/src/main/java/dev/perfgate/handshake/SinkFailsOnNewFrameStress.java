package dev.perfgate.handshake;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LII_Result;

/**
 * The sink throws on frame 2, which the I/O thread sends while READY's backlog (frames 0 and 1)
 * drains: it is delivered by the draining thread when it queued behind the backlog, or by the I/O
 * thread itself when it came after the drain, and either way it fails the connection with 1011,
 * once. Frame 3 must then be counted as discarded or refused, never left BUFFERED for good or
 * delivered after the failure.
 *
 * <p>r1: the frames the sink saw; r2: the close code; r3: 1 when every frame is accounted for
 * (see {@link FailingSinkCase#accounted()}).
 */
@JCStressTest
@Outcome(id = "\\[0, 1, 2\\], 1011, 1", expect = ACCEPTABLE, desc = "failed with 1011, every frame accounted for")
@Outcome(expect = FORBIDDEN, desc = "a frame lost silently or delivered after the failure, or the wrong close")
@State
public class SinkFailsOnNewFrameStress {

    private final FailingSinkCase connection = new FailingSinkCase(2);

    @Actor
    public void authThread() {
        connection.authThread();
    }

    @Actor
    public void ioThread() {
        connection.ioThread();
    }

    @Arbiter
    public void judge(LII_Result r) {
        r.r1 = connection.seen();
        r.r2 = connection.closeCode();
        r.r3 = connection.accounted();
    }
}

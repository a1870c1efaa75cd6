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
 * The sink throws on frame 1 of READY's backlog while the I/O thread sends frames 2 and 3. The
 * connection must close with 1011, once, and frames 2 and 3 must be counted as discarded (they
 * queued behind the backlog) or refused (they came after the failure), never left BUFFERED for
 * good or delivered after the failure.
 *
 * <p>r1: the frames the sink saw; r2: the close code; r3: 1 when every frame is accounted for
 * (see {@link FailingSinkCase#accounted()}).
 */
@JCStressTest
@Outcome(id = "\\[0, 1\\], 1011, 1", expect = ACCEPTABLE, desc = "failed with 1011, every frame accounted for")
@Outcome(expect = FORBIDDEN, desc = "a frame lost silently or delivered after the failure, or the wrong close")
@State
public class SinkFailsInBacklogStress {

    private final FailingSinkCase connection = new FailingSinkCase(1);

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

package dev.perfgate.handshake;

import java.util.ArrayList;
import java.util.List;

/**
 * One connection for the failing-sink stress tests: AUTHENTICATING with frames 0 and 1 waiting in
 * the early buffer, and a sink that throws on one chosen frame. The auth thread makes it READY
 * (and drains the backlog) while the I/O thread sends frames 2 and 3.
 */
final class FailingSinkCase {

    static final int FRAMES = 4;

    private final List<Integer> seen = new ArrayList<>(); // guarded by itself
    private final RuntimeException thrown = new IllegalStateException("application handler bug");
    private final HandshakeConnection<Integer> connection;
    private final FrameDisposition[] sent = new FrameDisposition[2];

    FailingSinkCase(int failOn) {
        connection = new HandshakeConnection<>(HandshakeConfig.DEFAULT.withTiming(StateTiming.OFF), 1_000, () -> 0L,
                frame -> {
                    synchronized (seen) {
                        seen.add(frame);
                    }
                    if (frame == failOn) {
                        throw thrown;
                    }
                });
        connection.accept();
        connection.beginAuthentication();
        connection.onFrame(0, 1);
        connection.onFrame(1, 1);
    }

    void authThread() {
        connection.completeAuthentication(AuthOutcome.GRANTED);
    }

    void ioThread() {
        sent[0] = connection.onFrame(2, 1);
        sent[1] = connection.onFrame(3, 1);
    }

    /** The frames the sink was handed, in order. */
    String seen() {
        synchronized (seen) {
            return seen.toString();
        }
    }

    /** The close code the connection ended with; 0 when it has none. */
    int closeCode() {
        CloseReason reason = connection.closeReason();
        return reason == null ? 0 : reason.code();
    }

    /**
     * 1 when nothing was lost silently: the connection FAILED; the sink threw once and that
     * exception is the one kept; every frame is delivered, the one thrown on, discarded or
     * refused, exactly once; the sink saw exactly the delivered frames and the one it threw on;
     * and the I/O thread was told REFUSED for exactly the refused frames. Else 0.
     */
    int accounted() {
        FrameCounts counts = connection.frameCounts();
        int refusedTold = 0;
        for (FrameDisposition d : sent) {
            refusedTold += d == FrameDisposition.REFUSED ? 1 : 0;
        }
        int sinkCalls;
        synchronized (seen) {
            sinkCalls = seen.size();
        }
        boolean ok = connection.state() == HandshakeState.FAILED
                && counts.sinkFailed() == 1 && connection.sinkFailure() == thrown
                && counts.delivered() + counts.sinkFailed() + counts.discarded() + counts.refused() == FRAMES
                && sinkCalls == counts.delivered() + counts.sinkFailed()
                && counts.refused() == refusedTold;
        return ok ? 1 : 0;
    }
}

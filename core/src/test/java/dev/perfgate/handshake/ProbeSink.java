package dev.perfgate.handshake;

import dev.perfgate.time.NanoClock;
import java.util.ArrayList;
import java.util.List;

/**
 * A sink that records the frames it gets and whether any came while its connection was still
 * before READY. Deliberately not thread-safe: the connection promises never to call it from two
 * threads at once, and a broken promise shows up as lost or garbled records.
 */
final class ProbeSink implements FrameSink<Integer> {

    private HandshakeConnection<Integer> connection;
    final List<Integer> frames = new ArrayList<>();
    volatile boolean deliveredBeforeReady;

    static HandshakeConnection<Integer> connect(HandshakeConfig config, ProbeSink probe) {
        HandshakeConnection<Integer> connection =
                new HandshakeConnection<>(config, System.nanoTime() + 60_000_000_000L, NanoClock.SYSTEM, probe);
        probe.connection = connection;
        return connection;
    }

    @Override
    public void deliver(Integer frame) {
        if (connection.state().isBeforeReady()) {
            deliveredBeforeReady = true;
        }
        frames.add(frame);
    }

    /** Whether the frames are exactly 0, 1, …, count-1. */
    boolean isExactlyFirst(int count) {
        if (frames.size() != count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (frames.get(i) != i) {
                return false;
            }
        }
        return true;
    }
}

package dev.perfgate.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sink that throws while READY's backlog drains left the connection READY with the backlog
 * stuck: every later frame was answered BUFFERED and never delivered. A failing sink must close
 * the connection with 1011, and every frame it did not take must be counted.
 */
class FailingSinkTest {

    private final ManualClock clock = new ManualClock();

    /** Takes frames until it meets "poison", then throws on it. */
    private static final class BreaksOnPoison implements FrameSink<String> {
        final List<String> taken = new ArrayList<>();

        @Override
        public void deliver(String frame) {
            if (frame.equals("poison")) {
                throw new IllegalStateException("application handler bug");
            }
            taken.add(frame);
        }
    }

    @Test
    void aSinkThrowingDuringTheDrainFailsTheConnectionWith1011AndCountsWhatItDidNotTake() {
        BreaksOnPoison sink = new BreaksOnPoison();
        HandshakeConnection<String> connection = new HandshakeConnection<>(HandshakeConfig.DEFAULT,
                clock.nanoTime() + 1_000_000, clock, sink);
        Connections.driveTo(connection, HandshakeState.AUTHENTICATING);
        connection.onFrame("a", 1);
        connection.onFrame("poison", 1);
        connection.onFrame("c", 1);
        connection.onFrame("d", 1);

        TransitionResult ready = connection.completeAuthentication(AuthOutcome.GRANTED);

        assertThat(ready.applied()).isTrue();
        assertThat(sink.taken).containsExactly("a");
        assertThat(connection.state()).isEqualTo(HandshakeState.FAILED);
        assertThat(connection.closeReason().code()).isEqualTo(CloseReason.INTERNAL_ERROR);
        assertThat(connection.closeReason().reason()).contains("frame sink failed").contains("IllegalStateException");
        assertThat(connection.sinkFailure()).isInstanceOf(IllegalStateException.class);
        // 4 buffered: 1 delivered, 1 the sink threw on, 2 behind it discarded.
        assertThat(connection.frameCounts()).isEqualTo(new FrameCounts(4, 1, 0, 2, 1));
        assertThat(connection.onFrame("later", 5)).isEqualTo(FrameDisposition.REFUSED);
    }

    @Test
    void aSinkThrowingOnADirectDeliveryFailsTheConnectionToo() {
        BreaksOnPoison sink = new BreaksOnPoison();
        HandshakeConnection<String> connection = new HandshakeConnection<>(HandshakeConfig.DEFAULT,
                clock.nanoTime() + 1_000_000, clock, sink);
        Connections.driveTo(connection, HandshakeState.READY);
        assertThat(connection.onFrame("a", 1)).isEqualTo(FrameDisposition.DELIVERED);

        assertThat(connection.onFrame("poison", 1)).isEqualTo(FrameDisposition.SINK_FAILED);

        assertThat(connection.state()).isEqualTo(HandshakeState.FAILED);
        assertThat(connection.closeReason().code()).isEqualTo(CloseReason.INTERNAL_ERROR);
        assertThat(connection.frameCounts()).isEqualTo(new FrameCounts(0, 1, 0, 0, 1));
        assertThat(connection.onFrame("b", 1)).isEqualTo(FrameDisposition.REFUSED);
    }
}

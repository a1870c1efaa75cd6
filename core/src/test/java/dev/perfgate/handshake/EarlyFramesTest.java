package dev.perfgate.handshake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EarlyFramesTest {

    private final ManualClock clock = new ManualClock();
    private final Connections.RecordingSink<String> sink = new Connections.RecordingSink<>();

    private HandshakeConnection<String> connection(int maxFrames, long maxBytes) {
        return new HandshakeConnection<>(new HandshakeConfig(maxFrames, maxBytes, StateTiming.ON),
                clock.nanoTime() + 1_000_000, clock, sink);
    }

    @Test
    void framesBeforeReadyWaitAndArriveFirstInOrder() {
        HandshakeConnection<String> connection = connection(16, 1024);
        assertThat(connection.onFrame("new", 3)).isEqualTo(FrameDisposition.BUFFERED);
        connection.accept();
        assertThat(connection.onFrame("accepted", 8)).isEqualTo(FrameDisposition.BUFFERED);
        connection.beginAuthentication();
        assertThat(connection.onFrame("authenticating", 14)).isEqualTo(FrameDisposition.BUFFERED);
        assertThat(sink.frames).as("nothing is processed before READY").isEmpty();

        connection.completeAuthentication(AuthOutcome.GRANTED);
        assertThat(sink.frames).containsExactly("new", "accepted", "authenticating");

        assertThat(connection.onFrame("ready", 5)).isEqualTo(FrameDisposition.DELIVERED);
        assertThat(sink.frames).containsExactly("new", "accepted", "authenticating", "ready");
        assertThat(connection.frameCounts()).isEqualTo(new FrameCounts(3, 4, 0, 0, 0));
    }

    @Test
    void aReadyConnectionWithoutEarlyFramesDeliversDirectly() {
        HandshakeConnection<String> connection = connection(16, 1024);
        Connections.driveTo(connection, HandshakeState.READY);
        assertThat(connection.onFrame("a", 1)).isEqualTo(FrameDisposition.DELIVERED);
        assertThat(connection.onFrame("b", 1)).isEqualTo(FrameDisposition.DELIVERED);
        assertThat(sink.frames).containsExactly("a", "b");
        assertThat(connection.frameCounts()).isEqualTo(new FrameCounts(0, 2, 0, 0, 0));
    }

    @Test
    void oneFrameTooManyFailsThePolicyNeverDropsSilently() {
        HandshakeConnection<String> connection = connection(2, 1024);
        Connections.driveTo(connection, HandshakeState.AUTHENTICATING);
        connection.onFrame("1", 1);
        connection.onFrame("2", 1);

        assertThat(connection.onFrame("3", 1)).isEqualTo(FrameDisposition.OVERFLOW);

        assertThat(connection.state()).isEqualTo(HandshakeState.FAILED);
        assertThat(connection.closeReason().code()).isEqualTo(CloseReason.POLICY_VIOLATION);
        assertThat(connection.closeReason().reason()).contains("overflow");
        assertThat(connection.frameCounts()).isEqualTo(new FrameCounts(2, 0, 1, 2, 0));
        assertThat(connection.completeAuthentication(AuthOutcome.GRANTED).applied()).isFalse();
        assertThat(sink.frames).isEmpty();
    }

    @Test
    void tooManyBytesFailsThePolicyToo() {
        HandshakeConnection<String> connection = connection(100, 10);
        Connections.driveTo(connection, HandshakeState.ACCEPTED);
        assertThat(connection.onFrame("six", 6)).isEqualTo(FrameDisposition.BUFFERED);
        assertThat(connection.onFrame("four", 4)).isEqualTo(FrameDisposition.BUFFERED);

        assertThat(connection.onFrame("one", 1)).isEqualTo(FrameDisposition.OVERFLOW);

        assertThat(connection.state()).isEqualTo(HandshakeState.FAILED);
        assertThat(connection.closeReason()).isEqualTo(
                CloseReason.policyViolation("early frame buffer overflow: 2 frames, 11 bytes waiting for READY"));
    }

    @Test
    void aZeroBoundRefusesEveryEarlyFrame() {
        HandshakeConnection<String> connection = connection(0, 0);
        assertThat(connection.onFrame("x", 0)).isEqualTo(FrameDisposition.OVERFLOW);
        assertThat(connection.state()).isEqualTo(HandshakeState.FAILED);
    }

    @Test
    void framesAfterClosingClosedOrFailedAreRefusedAndCounted() {
        for (HandshakeState state : new HandshakeState[] {
                HandshakeState.CLOSING, HandshakeState.CLOSED, HandshakeState.FAILED}) {
            Connections.RecordingSink<String> own = new Connections.RecordingSink<>();
            HandshakeConnection<String> connection = Connections.fresh(clock, own);
            Connections.driveTo(connection, state);

            assertThat(connection.onFrame("late", 4)).as("in %s", state).isEqualTo(FrameDisposition.REFUSED);
            assertThat(connection.onFrame("later", 5)).isEqualTo(FrameDisposition.REFUSED);

            assertThat(own.frames).isEmpty();
            assertThat(connection.frameCounts().refused()).isEqualTo(2);
            assertThat(connection.state()).isEqualTo(state);
        }
    }

    @Test
    void closingBeforeReadyDiscardsTheEarlyFramesAndCountsThem() {
        HandshakeConnection<String> connection = connection(16, 1024);
        Connections.driveTo(connection, HandshakeState.AUTHENTICATING);
        connection.onFrame("a", 1);
        connection.onFrame("b", 1);

        connection.close(Connections.CLIENT_CLOSE);

        assertThat(connection.frameCounts()).isEqualTo(new FrameCounts(2, 0, 0, 2, 0));
        assertThat(connection.completeAuthentication(AuthOutcome.GRANTED).applied()).isFalse();
        assertThat(sink.frames).isEmpty();
    }

    @Test
    void aDeniedConnectionNeverProcessesItsEarlyFrames() {
        HandshakeConnection<String> connection = connection(16, 1024);
        Connections.driveTo(connection, HandshakeState.AUTHENTICATING);
        connection.onFrame("a", 1);

        connection.completeAuthentication(AuthOutcome.denied(4001, "bad token"));

        assertThat(sink.frames).isEmpty();
        assertThat(connection.frameCounts().discarded()).isEqualTo(1);
        assertThat(connection.closeReason().code()).isEqualTo(4001);
    }

    @Test
    void theBufferGrowsAndWrapsWithoutLosingOrder() {
        HandshakeConnection<String> connection = connection(40, 10_000);
        Connections.driveTo(connection, HandshakeState.AUTHENTICATING);
        for (int i = 0; i < 40; i++) {
            assertThat(connection.onFrame("f" + i, 10)).isEqualTo(FrameDisposition.BUFFERED);
        }
        connection.completeAuthentication(AuthOutcome.GRANTED);
        assertThat(sink.frames).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(sink.frames.get(i)).isEqualTo("f" + i);
        }
    }

    @Test
    void badFramesAreNamedAndChangeNothing() {
        HandshakeConnection<String> connection = connection(16, 1024);
        assertThatThrownBy(() -> connection.onFrame(null, 1)).hasMessageContaining("frame");
        assertThatThrownBy(() -> connection.onFrame("x", -1)).hasMessageContaining("sizeBytes").hasMessageContaining("-1");
        assertThat(connection.frameCounts()).isEqualTo(new FrameCounts(0, 0, 0, 0, 0));
    }
}

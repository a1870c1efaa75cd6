package dev.perfgate.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateTimingTest {

    private final ManualClock clock = new ManualClock();

    private HandshakeConnection<String> connection(StateTiming timing) {
        return new HandshakeConnection<>(HandshakeConfig.DEFAULT.withTiming(timing),
                clock.nanoTime() + 1_000_000, clock, new Connections.RecordingSink<>());
    }

    @Test
    void timeInEachStateIsTheGapToTheNextState() {
        HandshakeConnection<String> connection = connection(StateTiming.ON);
        clock.advance(10);
        connection.accept();
        clock.advance(20);
        connection.beginAuthentication();
        clock.advance(300);
        connection.completeAuthentication(AuthOutcome.GRANTED);
        clock.advance(4_000);
        connection.close(Connections.CLIENT_CLOSE);
        clock.advance(50_000);
        connection.transportClosed();
        clock.advance(7);

        assertThat(connection.nanosIn(HandshakeState.NEW)).isEqualTo(10);
        assertThat(connection.nanosIn(HandshakeState.ACCEPTED)).isEqualTo(20);
        assertThat(connection.nanosIn(HandshakeState.AUTHENTICATING)).isEqualTo(300);
        assertThat(connection.nanosIn(HandshakeState.READY)).isEqualTo(4_000);
        assertThat(connection.nanosIn(HandshakeState.CLOSING)).isEqualTo(50_000);
        assertThat(connection.nanosIn(HandshakeState.CLOSED)).as("current state: until now").isEqualTo(7);
        assertThat(connection.nanosIn(HandshakeState.FAILED)).as("never entered").isEqualTo(-1);
        assertThat(connection.handshakeNanos()).isEqualTo(330);
    }

    @Test
    void aSkippedStateDoesNotHideTheNextOne() {
        HandshakeConnection<String> connection = connection(StateTiming.ON);
        connection.accept();
        clock.advance(25);
        connection.fail(Connections.PROTOCOL);

        assertThat(connection.nanosIn(HandshakeState.ACCEPTED)).isEqualTo(25);
        assertThat(connection.nanosIn(HandshakeState.READY)).isEqualTo(-1);
        assertThat(connection.handshakeNanos()).isEqualTo(-1);
    }

    @Test
    void timingOffRecordsNothing() {
        HandshakeConnection<String> connection = connection(StateTiming.OFF);
        Connections.driveTo(connection, HandshakeState.READY);
        clock.advance(100);
        for (HandshakeState state : HandshakeState.values()) {
            assertThat(connection.nanosIn(state)).isEqualTo(-1);
        }
        assertThat(connection.handshakeNanos()).isEqualTo(-1);
    }
}

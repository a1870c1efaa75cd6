package dev.perfgate.handshake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class HandshakeTransitionsTest {

    /** The graph of the issue, written out independently of HandshakeEvent's table. */
    private static final Set<String> LEGAL = Set.of(
            "NEW->ACCEPTED", "NEW->FAILED",
            "ACCEPTED->AUTHENTICATING", "ACCEPTED->CLOSING", "ACCEPTED->FAILED",
            "AUTHENTICATING->READY", "AUTHENTICATING->CLOSING", "AUTHENTICATING->FAILED",
            "READY->CLOSING", "READY->FAILED",
            "CLOSING->CLOSED");

    @ParameterizedTest
    @EnumSource(HandshakeState.class)
    void everyEventFromEveryStateAppliesExactlyWhenLegal(HandshakeState start) {
        for (HandshakeEvent event : HandshakeEvent.values()) {
            HandshakeConnection<String> connection = Connections.in(start);
            CloseReason before = connection.closeReason();

            TransitionResult result = Connections.request(connection, event);

            assertThat(result.event()).isEqualTo(event);
            assertThat(result.observed()).isEqualTo(start);
            assertThat(result.applied()).as("%s from %s", event, start).isEqualTo(event.permitsFrom(start));
            assertThat(connection.state()).isEqualTo(result.resulting());
            if (result.applied()) {
                assertThat(connection.state()).isEqualTo(event.target());
                assertThat(LEGAL).contains(start + "->" + event.target());
            } else {
                assertThat(connection.state()).as("a refused request never changes state").isEqualTo(start);
                assertThat(connection.closeReason()).isSameAs(before);
                assertThat(result.toString()).contains("refused", start.name(), event.name());
            }
        }
    }

    @Test
    void theEventTableAllowsExactlyTheIssuesGraph() {
        Set<String> allowed = new HashSet<>();
        for (HandshakeState from : HandshakeState.values()) {
            for (HandshakeState to : HandshakeState.values()) {
                if (from.canMoveTo(to)) {
                    allowed.add(from + "->" + to);
                }
            }
        }
        assertThat(allowed).isEqualTo(LEGAL);
    }

    @Test
    void terminalStatesHaveNoWayOut() {
        for (HandshakeState terminal : new HandshakeState[] {HandshakeState.CLOSED, HandshakeState.FAILED}) {
            assertThat(terminal.isTerminal()).isTrue();
            for (HandshakeState to : HandshakeState.values()) {
                assertThat(terminal.canMoveTo(to)).isFalse();
            }
        }
    }

    @Test
    void resultsAreSharedSoRequestingAllocatesNoResult() {
        HandshakeConnection<String> a = Connections.in(HandshakeState.NEW);
        HandshakeConnection<String> b = Connections.in(HandshakeState.NEW);
        assertThat(a.accept()).isSameAs(b.accept());
        assertThat(a.accept()).isSameAs(b.accept()).matches(r -> !r.applied());
    }

    @Test
    void deniedAuthenticationFailsWithTheValidatorsReason() {
        HandshakeConnection<String> connection = Connections.in(HandshakeState.AUTHENTICATING);
        CloseReason why = new CloseReason(4003, "token audience mismatch");

        TransitionResult result = connection.completeAuthentication(new AuthOutcome.Denied(why));

        assertThat(result.applied()).isTrue();
        assertThat(connection.state()).isEqualTo(HandshakeState.FAILED);
        assertThat(connection.closeReason()).isEqualTo(why);
    }

    @Test
    void aGrantAfterTheDeadlineFailsWithTheTimeoutCode() {
        ManualClock clock = new ManualClock();
        HandshakeConnection<String> connection = new HandshakeConnection<>(
                HandshakeConfig.DEFAULT, clock.nanoTime() + 100, clock, new Connections.RecordingSink<>());
        Connections.driveTo(connection, HandshakeState.AUTHENTICATING);
        clock.advance(101);

        TransitionResult result = connection.completeAuthentication(AuthOutcome.GRANTED);

        assertThat(result.event()).isEqualTo(HandshakeEvent.DEADLINE_PASSED);
        assertThat(result.applied()).isTrue();
        assertThat(connection.state()).isEqualTo(HandshakeState.FAILED);
        assertThat(connection.closeReason().code()).isEqualTo(CloseReason.HANDSHAKE_TIMEOUT);
    }

    @Test
    void aGrantExactlyAtTheDeadlineStillCounts() {
        ManualClock clock = new ManualClock();
        HandshakeConnection<String> connection = new HandshakeConnection<>(
                HandshakeConfig.DEFAULT, clock.nanoTime() + 100, clock, new Connections.RecordingSink<>());
        Connections.driveTo(connection, HandshakeState.AUTHENTICATING);
        clock.advance(100);

        assertThat(connection.completeAuthentication(AuthOutcome.GRANTED).applied()).isTrue();
        assertThat(connection.state()).isEqualTo(HandshakeState.READY);
    }

    @Test
    void theDeadlineTimerIsHarmlessOnceReady() {
        HandshakeConnection<String> connection = Connections.in(HandshakeState.READY);
        assertThat(connection.deadlinePassed().applied()).isFalse();
        assertThat(connection.state()).isEqualTo(HandshakeState.READY);
        assertThat(connection.closeReason()).isNull();
    }

    @Test
    void closeKeepsItsReasonThroughTransportClosed() {
        HandshakeConnection<String> connection = Connections.in(HandshakeState.CLOSED);
        assertThat(connection.closeReason()).isEqualTo(Connections.CLIENT_CLOSE);
    }

    @Test
    void badArgumentsAreNamed() {
        HandshakeConnection<String> connection = Connections.in(HandshakeState.AUTHENTICATING);
        assertThatThrownBy(() -> connection.completeAuthentication(null)).hasMessageContaining("outcome");
        assertThatThrownBy(() -> connection.close(null)).hasMessageContaining("reason");
        assertThatThrownBy(() -> connection.fail(null)).hasMessageContaining("reason");
        assertThat(connection.state()).isEqualTo(HandshakeState.AUTHENTICATING);
    }
}

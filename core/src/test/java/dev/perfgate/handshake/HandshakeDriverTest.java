package dev.perfgate.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HandshakeDriverTest {

    private final ManualClock clock = new ManualClock();
    private final List<Runnable> timerActions = new ArrayList<>();
    private final List<Long> timerTimes = new ArrayList<>();
    private final List<Consumer<AuthOutcome>> pendingAuth = new ArrayList<>();
    private final List<String> credentialsSeen = new ArrayList<>();
    private final Connections.RecordingSink<String> sink = new Connections.RecordingSink<>();

    private final HandshakeDriver<String> driver = new HandshakeDriver<>(HandshakeConfig.DEFAULT, clock,
            HandshakeBudget.fixed(Duration.ofMillis(250)),
            (at, action) -> {
                timerTimes.add(at);
                timerActions.add(action);
            },
            (credential, onResult) -> {
                credentialsSeen.add(credential);
                pendingAuth.add(onResult);
            });

    @Test
    void openSchedulesTheBudgetsDeadline() {
        long openedAt = clock.nanoTime();
        HandshakeConnection<String> connection = driver.open(sink);
        assertThat(connection.deadlineNanos()).isEqualTo(openedAt + 250_000_000L);
        assertThat(timerTimes).containsExactly(connection.deadlineNanos());
        assertThat(connection.state()).isEqualTo(HandshakeState.NEW);
    }

    @Test
    void upgradeAuthenticatesAndTheValidatorsGrantMakesItReady() {
        HandshakeConnection<String> connection = driver.open(sink);
        TransitionResult result = driver.upgrade(connection, "token-1");

        assertThat(result.applied()).isTrue();
        assertThat(connection.state()).isEqualTo(HandshakeState.AUTHENTICATING);
        assertThat(credentialsSeen).containsExactly("token-1");
        connection.onFrame("early", 5);

        pendingAuth.get(0).accept(AuthOutcome.GRANTED);

        assertThat(connection.state()).isEqualTo(HandshakeState.READY);
        assertThat(sink.frames).containsExactly("early");
        timerActions.get(0).run();
        assertThat(connection.state()).as("the deadline firing later is harmless").isEqualTo(HandshakeState.READY);
    }

    @Test
    void theDeadlineFailsAConnectionStillAuthenticating() {
        HandshakeConnection<String> connection = driver.open(sink);
        driver.upgrade(connection, "slow-token");
        clock.advance(250_000_001L);

        timerActions.get(0).run();

        assertThat(connection.state()).isEqualTo(HandshakeState.FAILED);
        assertThat(connection.closeReason().code()).isEqualTo(CloseReason.HANDSHAKE_TIMEOUT);
        pendingAuth.get(0).accept(AuthOutcome.GRANTED);
        assertThat(connection.state()).isEqualTo(HandshakeState.FAILED);
    }

    @Test
    void aValidatorAnsweringSynchronouslyFindsTheConnectionAuthenticating() {
        HandshakeDriver<String> immediate = new HandshakeDriver<>(HandshakeConfig.DEFAULT, clock,
                HandshakeBudget.fixed(Duration.ofSeconds(1)), (at, action) -> { },
                (credential, onResult) -> onResult.accept(
                        credential.equals("good") ? AuthOutcome.GRANTED : AuthOutcome.denied(4001, "unknown token")));

        HandshakeConnection<String> good = immediate.open(sink);
        HandshakeConnection<String> bad = immediate.open(sink);
        immediate.upgrade(good, "good");
        immediate.upgrade(bad, "bad");

        assertThat(good.state()).isEqualTo(HandshakeState.READY);
        assertThat(bad.state()).isEqualTo(HandshakeState.FAILED);
        assertThat(bad.closeReason()).isEqualTo(new CloseReason(4001, "unknown token"));
    }

    @Test
    void upgradingAConnectionThatAlreadyFailedReportsTheRefusalAndValidatesNothing() {
        HandshakeConnection<String> connection = driver.open(sink);
        connection.fail(Connections.PROTOCOL);

        TransitionResult result = driver.upgrade(connection, "token");

        assertThat(result.applied()).isFalse();
        assertThat(result.observed()).isEqualTo(HandshakeState.FAILED);
        assertThat(credentialsSeen).isEmpty();
    }
}

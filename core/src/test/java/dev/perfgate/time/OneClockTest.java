package dev.perfgate.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.breaker.BreakerConfig;
import dev.perfgate.breaker.BreakerState;
import dev.perfgate.breaker.CallNotPermittedException;
import dev.perfgate.breaker.CircuitBreaker;
import dev.perfgate.budget.ColdStartTimeouts;
import dev.perfgate.budget.Deadline;
import dev.perfgate.budget.DeploymentEnvironment;
import dev.perfgate.budget.Remaining;
import dev.perfgate.handshake.AuthOutcome;
import dev.perfgate.handshake.HandshakeConfig;
import dev.perfgate.handshake.HandshakeConnection;
import dev.perfgate.handshake.HandshakeState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The golden path wired with one clock: a handshake with a 10 s deadline whose auth call goes
 * through the breaker with a cold-start timeout. Moving the one fake clock moves all of them.
 */
class OneClockTest {

    private static final IllegalStateException TIMED_OUT = new IllegalStateException("auth call timed out");

    @Test
    void oneFakeClockDrivesTheBreakerTheDeadlineTheTimeoutsAndTheHandshake() {
        ManualNanoClock clock = new ManualNanoClock();
        CircuitBreaker breaker = new CircuitBreaker(BreakerConfig.builder().consecutiveFailures(1)
                .openWait(Duration.ofSeconds(2)).successesToClose(1).slowCallDuration(Duration.ofSeconds(3)).build(), clock);
        ColdStartTimeouts timeouts = new ColdStartTimeouts(DeploymentEnvironment.PROD.defaultProfile(), clock);
        Deadline deadline = Deadline.within(Duration.ofSeconds(10), clock);
        HandshakeConnection<String> connection = new HandshakeConnection<>(HandshakeConfig.DEFAULT,
                clock.nanoTime() + Duration.ofSeconds(10).toNanos(), clock, frame -> { });
        connection.accept();
        connection.beginAuthentication();

        // A cold auth service: the first attempt times out after its 3.5 s allowance.
        long firstTimeout = timeouts.nextTimeoutNanos();
        assertThat(firstTimeout).isEqualTo(Duration.ofMillis(3500).toNanos());
        assertThatThrownBy(() -> breaker.executeSupplier(() -> {
            clock.advance(Duration.ofNanos(firstTimeout));
            throw TIMED_OUT;
        })).isSameAs(TIMED_OUT);
        assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThatThrownBy(() -> breaker.executeSupplier(() -> "never")).isInstanceOf(CallNotPermittedException.class);

        // The breaker's wait passes on the same clock; the retry still gets the cold allowance.
        clock.advance(Duration.ofSeconds(2));
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(Duration.ofMillis(3500).toNanos());
        assertThat(deadline.timeoutFor(Duration.ofMillis(3500).toNanos()))
                .isEqualTo(new Remaining.Left(Duration.ofMillis(3500).toNanos()));
        String answer = breaker.executeSupplier(() -> {
            clock.advance(Duration.ofMillis(2600));
            return "granted";
        });
        timeouts.serviceAnswered();
        assertThat(answer).isEqualTo("granted");
        assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(Duration.ofSeconds(1).toNanos());

        assertThat(connection.completeAuthentication(AuthOutcome.GRANTED).applied()).isTrue();
        assertThat(connection.state()).isEqualTo(HandshakeState.READY);
        assertThat(connection.handshakeNanos()).isEqualTo(Duration.ofMillis(3500 + 2000 + 2600).toNanos());
        assertThat(deadline.remaining()).isEqualTo(new Remaining.Left(Duration.ofMillis(1900).toNanos()));
    }
}

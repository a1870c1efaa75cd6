package dev.perfgate.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The cold-start allowance covers every call made while the service may still be cold: not only
 * the first caller after an idle period, but the callers beside it and the retry of a cold attempt
 * that timed out. Only an answer from the service says it is warm.
 */
class ColdStartCoverageTest {

    private static final long COLD = 3_500_000_000L;
    private static final long STEADY = 1_000_000_000L;

    private final FakeClock clock = new FakeClock();
    private final ColdStartTimeouts timeouts = new ColdStartTimeouts(
            new TimeoutProfile(Duration.ofSeconds(1), Duration.ofMillis(3500), Duration.ofMinutes(5)), clock);

    @Test
    void concurrentCallersOfAColdServiceAllGetTheColdStartTimeout() {
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(COLD);
        assertThat(timeouts.nextTimeoutNanos()).as("a second handshake at the same instant").isEqualTo(COLD);
        clock.advance(Duration.ofMillis(200));
        assertThat(timeouts.nextTimeoutNanos()).as("one starting while the first still waits").isEqualTo(COLD);
    }

    @Test
    void theRetryOfAColdAttemptThatTimedOutGetsTheColdStartTimeoutToo() {
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(COLD);
        clock.advanceNanos(COLD); // it timed out: the service never answered, so it may still be cold
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(COLD);
    }

    @Test
    void anAnswerMakesTheServiceWarmUntilItIdlesAgain() {
        timeouts.nextTimeoutNanos();
        clock.advance(Duration.ofMillis(2_600));
        timeouts.serviceAnswered();
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(STEADY);
        clock.advanceNanos(Duration.ofMinutes(5).toNanos() - 1);
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(STEADY);
        clock.advanceNanos(1); // five minutes without an answer: presumed cold again
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(COLD);
    }
}

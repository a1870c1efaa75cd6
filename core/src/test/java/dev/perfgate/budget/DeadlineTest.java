package dev.perfgate.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final FakeClock clock = new FakeClock();

    @Test
    void remainingShrinksWithTheClockAndExpiresExactlyAtTheDeadline() {
        Deadline deadline = Deadline.within(Duration.ofSeconds(10), clock);
        assertThat(deadline.remainingNanos()).isEqualTo(10_000_000_000L);
        clock.advanceNanos(10_000_000_000L - 1);
        assertThat(deadline.isExpired()).isFalse();
        assertThat(deadline.remainingNanos()).isEqualTo(1);
        clock.advanceNanos(1);
        assertThat(deadline.isExpired()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(deadline.remainingNanos()).isZero();
    }

    @Test
    void anAttemptTimeoutNeverReachesPastTheDeadline() {
        Deadline deadline = Deadline.within(Duration.ofSeconds(10), clock);
        assertThat(deadline.timeoutNanos(Duration.ofSeconds(3).toNanos())).isEqualTo(3_000_000_000L);
        clock.advance(Duration.ofMillis(8_500));
        assertThat(deadline.timeoutNanos(Duration.ofSeconds(3).toNanos())).isEqualTo(1_500_000_000L);
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> Deadline.within(Duration.ZERO, clock)).hasMessageContaining("budget");
        Deadline deadline = Deadline.within(Duration.ofSeconds(1), clock);
        assertThatThrownBy(() -> deadline.timeoutNanos(-5)).hasMessageContaining("-5");
    }
}

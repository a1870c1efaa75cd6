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
        assertThat(deadline.remaining()).isEqualTo(new Remaining.Left(10_000_000_000L));
        clock.advanceNanos(10_000_000_000L - 1);
        assertThat(deadline.isExpired()).isFalse();
        assertThat(deadline.remaining()).isEqualTo(new Remaining.Left(1));
        clock.advanceNanos(1);
        assertThat(deadline.isExpired()).isTrue();
        assertThat(deadline.remaining()).isEqualTo(Remaining.Expired.EXPIRED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(deadline.remaining()).isEqualTo(Remaining.Expired.EXPIRED);
    }

    @Test
    void anAttemptTimeoutNeverReachesPastTheDeadline() {
        Deadline deadline = Deadline.within(Duration.ofSeconds(10), clock);
        assertThat(deadline.timeoutFor(Duration.ofSeconds(3).toNanos())).isEqualTo(new Remaining.Left(3_000_000_000L));
        clock.advance(Duration.ofMillis(8_500));
        assertThat(deadline.timeoutFor(Duration.ofSeconds(3).toNanos())).isEqualTo(new Remaining.Left(1_500_000_000L));
    }

    /** An expired deadline must never come out as a timeout of 0, which many APIs read as "forever". */
    @Test
    void anExpiredDeadlineYieldsNoTimeoutAtAll() {
        Deadline deadline = Deadline.within(Duration.ofSeconds(1), clock);
        clock.advance(Duration.ofSeconds(1));
        assertThat(deadline.timeoutFor(Duration.ofSeconds(3).toNanos())).isSameAs(Remaining.Expired.EXPIRED);
    }

    @Test
    void millisecondsLeftRoundUpSoASubMillisecondRemainderIsNotZero() {
        Deadline deadline = Deadline.within(Duration.ofSeconds(1), clock);
        clock.advanceNanos(1_000_000_000L - 400_000);
        Remaining left = deadline.timeoutFor(Duration.ofSeconds(3).toNanos());
        assertThat(left).isInstanceOfSatisfying(Remaining.Left.class, l -> assertThat(l.millisRoundedUp()).isEqualTo(1));
        assertThat(new Remaining.Left(2_000_000).millisRoundedUp()).isEqualTo(2);
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> Deadline.within(Duration.ZERO, clock)).hasMessageContaining("budget");
        Deadline deadline = Deadline.within(Duration.ofSeconds(1), clock);
        assertThatThrownBy(() -> deadline.timeoutFor(-5)).hasMessageContaining("-5");
    }
}

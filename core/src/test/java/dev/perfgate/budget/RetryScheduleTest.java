package dev.perfgate.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final long SECOND = 1_000_000_000L;

    private final FakeClock clock = new FakeClock();
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(200), 2.0, Duration.ofMillis(500), 0.5);

    @Test
    void backoffGrowsExponentiallyUpToItsCap() {
        assertThat(policy.backoffCeilingNanos(1)).isEqualTo(200_000_000L);
        assertThat(policy.backoffCeilingNanos(2)).isEqualTo(400_000_000L);
        assertThat(policy.backoffCeilingNanos(3)).isEqualTo(500_000_000L);
        assertThat(policy.backoffCeilingNanos(30)).isEqualTo(500_000_000L);
        assertThat(policy.worstCaseBackoffNanos()).isEqualTo(1_600_000_000L); // 0.2 + 0.4 + 0.5 + 0.5
    }

    @Test
    void jitterOnlyShortensTheWaitByUpToItsFraction() {
        Deadline deadline = Deadline.within(Duration.ofSeconds(10), clock);
        NextAttempt noJitter = new RetrySchedule(policy, () -> 0.0).next(deadline, 2, SECOND);
        assertThat(noJitter).isEqualTo(new NextAttempt.Proceed(400_000_000L, SECOND));
        NextAttempt mostJitter = new RetrySchedule(policy, () -> 0.75).next(deadline, 2, SECOND);
        assertThat(mostJitter).isEqualTo(new NextAttempt.Proceed(250_000_000L, SECOND)); // 400 − 400 × 0.5 × 0.75
    }

    @Test
    void theFirstAttemptStartsAtOnce() {
        Deadline deadline = Deadline.within(Duration.ofSeconds(10), clock);
        assertThat(new RetrySchedule(policy).next(deadline, 0, 2 * SECOND))
                .isEqualTo(new NextAttempt.Proceed(0, 2 * SECOND));
    }

    @Test
    void anAttemptStartsOnlyIfItsWaitAndWholeTimeoutFitTheRemainingBudget() {
        RetrySchedule schedule = new RetrySchedule(policy, () -> 0.0);
        Deadline deadline = Deadline.within(Duration.ofSeconds(10), clock);
        clock.advanceNanos(10 * SECOND - (200_000_000L + SECOND)); // exactly wait 0.2 s + timeout 1 s left
        assertThat(schedule.next(deadline, 1, SECOND)).isEqualTo(new NextAttempt.Proceed(200_000_000L, SECOND));
        clock.advanceNanos(1);
        assertThat(schedule.next(deadline, 1, SECOND)).isEqualTo(NextAttempt.GiveUp.BUDGET_EXHAUSTED);
    }

    @Test
    void attemptsRunOutBeforeTheBudgetWhenThePolicySaysSo() {
        Deadline deadline = Deadline.within(Duration.ofSeconds(60), clock);
        assertThat(new RetrySchedule(policy).next(deadline, 5, SECOND)).isEqualTo(NextAttempt.GiveUp.ATTEMPTS_EXHAUSTED);
    }

    @Test
    void aWholeOperationOfFailingAttemptsNeverOverrunsItsDeadline() {
        // Every attempt times out: 0 + 2 | 0.2 + 2 | 0.4 + 2 = 6.6 s; a fourth (0.5 + 2) would end at 9.1 s > 8 s.
        RetrySchedule schedule = new RetrySchedule(policy, () -> 0.0);
        Deadline deadline = Deadline.within(Duration.ofSeconds(8), clock);
        long start = clock.nanoTime();
        AtomicInteger attempts = new AtomicInteger();
        NextAttempt next;
        while ((next = schedule.next(deadline, attempts.get(), 2 * SECOND)) instanceof NextAttempt.Proceed proceed) {
            clock.advanceNanos(proceed.waitNanos() + proceed.timeoutNanos());
            attempts.incrementAndGet();
            assertThat(clock.nanoTime() - start).isLessThanOrEqualTo(8 * SECOND);
        }
        assertThat(next).isEqualTo(NextAttempt.GiveUp.BUDGET_EXHAUSTED);
        assertThat(attempts).hasValue(3);
        assertThat(clock.nanoTime() - start).isEqualTo(6_600_000_000L);
    }

    @Test
    void badPoliciesAndArgumentsAreNamed() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, 1, Duration.ZERO, 0)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(2), 0))
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), 2, Duration.ofSeconds(1), 0))
                .hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, 2, Duration.ZERO, 1.5)).hasMessageContaining("jitter");
        Deadline deadline = Deadline.within(Duration.ofSeconds(1), clock);
        assertThatThrownBy(() -> new RetrySchedule(policy).next(deadline, 0, 0)).hasMessageContaining("attemptTimeoutNanos");
        assertThatThrownBy(() -> new RetrySchedule(policy, () -> 1.0).next(deadline, 1, 1))
                .hasMessageContaining("jitter source");
    }
}

package dev.perfgate.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.breaker.BreakerConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Settings that overflow nanosecond arithmetic, or that no deployment means, are refused when
 * built, naming the setting; what is accepted is computed without wrapping.
 */
class SettingBoundsTest {

    private static final Duration CENTURIES = Duration.ofDays(365L * 300);

    @Test
    void durationsBeyondWhatNanosecondsHoldAreRefusedByName() {
        assertThatThrownBy(() -> new TimeoutProfile(CENTURIES, CENTURIES, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steadyTimeout");
        assertThatThrownBy(() -> new TimeoutProfile(Duration.ofSeconds(1), CENTURIES, Duration.ofMinutes(1)))
                .hasMessageContaining("coldStartTimeout");
        assertThatThrownBy(() -> new TimeoutProfile(Duration.ofSeconds(1), Duration.ofSeconds(2), CENTURIES))
                .hasMessageContaining("idleThreshold");
        assertThatThrownBy(() -> new RetryPolicy(3, CENTURIES, 1, CENTURIES, 0)).hasMessageContaining("initialBackoff");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, 1, CENTURIES, 0)).hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> Deadline.within(CENTURIES)).hasMessageContaining("budget");
        assertThatThrownBy(() -> BreakerConfig.builder().openWait(CENTURIES).build()).hasMessageContaining("openWait");
        assertThatThrownBy(() -> BreakerConfig.builder().probeTimeout(CENTURIES).build()).hasMessageContaining("probeTimeout");
        assertThatThrownBy(() -> BreakerConfig.builder().slowCallDuration(CENTURIES).build())
                .hasMessageContaining("slowCallDuration");
        assertThatThrownBy(() -> BreakerConfig.builder().timeWindow(CENTURIES, 10).build())
                .hasMessageContaining("time window length");
    }

    @Test
    void absurdAttemptCountsAreRefusedByName() {
        assertThatThrownBy(() -> new RetryPolicy(Integer.MAX_VALUE, Duration.ofMillis(100), 2, Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts")
                .hasMessageContaining(String.valueOf(Integer.MAX_VALUE));
    }

    @Test
    @Timeout(1)
    void theWorstCaseOfTheLargestAcceptedPolicySaturatesInsteadOfWrapping() {
        RetryPolicy most = new RetryPolicy(RetryPolicy.MAX_ATTEMPTS, Duration.ofDays(365L * 100), 1,
                Duration.ofDays(365L * 100), 0);
        assertThat(most.worstCaseBackoffNanos()).isEqualTo(Long.MAX_VALUE);
        TimeoutProfile longest = new TimeoutProfile(Duration.ofDays(365L * 100), Duration.ofDays(365L * 100),
                Duration.ofMinutes(1));
        List<Violation> violations = ConsistencyCheck.check(new ResilienceSettings(Duration.ofSeconds(10), longest,
                most, BreakerConfig.builder().build(), Duration.ofSeconds(3)));
        assertThat(violations).extracting(Violation::rule).contains(Violation.Rule.RETRIES_OVERRUN_DEADLINE);
        assertThat(violations.get(0).message()).doesNotContain("-");
    }
}

package dev.perfgate.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ColdStartTimeoutsTest {

    private final FakeClock clock = new FakeClock();
    private final TimeoutProfile profile =
            new TimeoutProfile(Duration.ofSeconds(1), Duration.ofMillis(3500), Duration.ofMinutes(5));
    private final ColdStartTimeouts timeouts = new ColdStartTimeouts(profile, clock);

    @Test
    void theFirstCallAndTheFirstAfterAnIdlePeriodGetTheColdStartTimeout() {
        long cold = 3_500_000_000L;
        long steady = 1_000_000_000L;
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(cold);
        clock.advance(Duration.ofSeconds(1));
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(steady);
        clock.advanceNanos(Duration.ofMinutes(5).toNanos() - 1);
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(steady);
        clock.advance(Duration.ofMinutes(5));
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(cold); // idle exactly the threshold: cold
        assertThat(timeouts.nextTimeoutNanos()).isEqualTo(steady);
    }

    @Test
    void everyEnvironmentAllowsForAColdStartOfThreeSeconds() {
        for (DeploymentEnvironment environment : DeploymentEnvironment.values()) {
            TimeoutProfile defaults = environment.defaultProfile();
            assertThat(defaults.coldStartTimeout()).as(environment.name()).isGreaterThan(Duration.ofSeconds(3));
            assertThat(defaults.coldStartTimeout()).isGreaterThan(defaults.steadyTimeout());
        }
    }

    @Test
    void aColdStartTimeoutShorterThanTheSteadyOneIsRefused() {
        assertThatThrownBy(() -> new TimeoutProfile(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMinutes(1)))
                .hasMessageContaining("coldStartTimeout").hasMessageContaining("steadyTimeout");
    }
}

package dev.perfgate.golden.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A plan's warmup is either the measured load's start or a load of its own at another rate. */
class TrackingPlanTest {

    @Test
    void aPlanWithoutAWarmupRateWarmsUpAtTheMeasuredRate() {
        TrackingPlan plan = new TrackingPlan(25, 3, Duration.ofSeconds(2), 3, Duration.ofSeconds(2), Duration.ofMillis(1));
        assertThat(plan.warmupRate()).isEqualTo(25);
        assertThat(plan.warmsUpApart()).isFalse();
    }

    @Test
    void aWarmupAtAnotherRateIsALoadOfItsOwnAtThatRate() {
        TrackingPlan plan = new TrackingPlan(25, 3, Duration.ofSeconds(10), 3, Duration.ofSeconds(2),
                Duration.ofMillis(1), 100);
        assertThat(plan.warmsUpApart()).isTrue();
        assertThat(plan.warmupLoad().ratePerSecond()).isEqualTo(100);
        assertThat(plan.warmupLoad().duration()).isEqualTo(Duration.ofSeconds(10).plus(TrackingPlan.MAX_WARMUP_EXTENSION));
        assertThat(plan.load().ratePerSecond()).isEqualTo(25);
        assertThat(plan.warmupLoad().messages()).isEqualTo(plan.load().messages());
        assertThat(plan.warmupRateAt(50)).as("measured at another rate, still warmed at its own").isEqualTo(100);
        assertThat(TrackingPlan.SMOKE.warmupRateAt(80)).as("warmed at its rate: at the new one").isEqualTo(80);
    }

    @Test
    void aWarmupRateOutOfRangeIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> new TrackingPlan(25, 3, Duration.ofSeconds(2), 3, Duration.ofSeconds(2),
                Duration.ofMillis(1), 0)).hasMessageContaining("--warmup-rate").hasMessageContaining("0.0");
        assertThatThrownBy(() -> new TrackingPlan(25, 3, Duration.ofSeconds(2), 3, Duration.ofSeconds(2),
                Duration.ofMillis(1), Double.NaN)).hasMessageContaining("--warmup-rate");
    }

    @Test
    void theForkArgumentsCarryTheWarmupRate() {
        TrackingPlan plan = new TrackingPlan(25, 3, Duration.ofSeconds(10), 3, Duration.ofSeconds(2),
                Duration.ofMillis(1), 100);
        String[] args = ForkMain.arguments(plan, 1, java.nio.file.Path.of("out.txt"));
        assertThat(args).hasSize(9);
        assertThat(Double.parseDouble(args[6])).isEqualTo(100);
        assertThat(args[7]).isEqualTo("1");
    }

    @Test
    void theTrackedAuthServiceAnswersAtThePlansLatencyWithNoInjectedTail() {
        TrackingPlan plan = new TrackingPlan(25, 3, Duration.ofSeconds(2), 3, Duration.ofSeconds(2), Duration.ofMillis(5));
        var auth = GoldenTracking.settings(plan).auth();
        assertThat(auth.steady()).isEqualTo(Duration.ofMillis(5));
        assertThat(auth.tailEvery()).as("a tail on 1 % of checks is the border of the tracked p99").isZero();
        assertThat(auth.failEvery()).isZero();
    }
}

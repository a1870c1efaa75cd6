package dev.perfgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A profile warms each class up for as long as it was measured to need, never less than its own warmup. */
class WarmupPlanTest {

    private static final Map<String, Integer> MEASURED = Map.of("SlowJitBenchmark", 7, "QuickBenchmark", 0);

    @Test
    void theQuickProfileWarmsUpAsManyIterationsAsTheClassNeeded() {
        assertThat(WarmupPlan.warmupIterations(Profile.QUICK, "SlowJitBenchmark", MEASURED)).isEqualTo(7);
    }

    @Test
    void aClassThatNeedsLessOrIsUnmeasuredKeepsTheProfilesWarmup() {
        assertThat(WarmupPlan.warmupIterations(Profile.QUICK, "QuickBenchmark", MEASURED))
                .isEqualTo(Profile.QUICK.warmupIterations());
        assertThat(WarmupPlan.warmupIterations(Profile.QUICK, "NeverMeasured", MEASURED))
                .isEqualTo(Profile.QUICK.warmupIterations());
    }

    @Test
    void theFullProfileConvertsTheNeededTimeToItsLongerIterations() {
        // 7 × 200 ms = 1.4 s: two of full's 1 s iterations, its own minimum anyway; 20 × 200 ms = 4 s: four
        assertThat(WarmupPlan.warmupIterations(Profile.FULL, "SlowJitBenchmark", MEASURED)).isEqualTo(2);
        assertThat(WarmupPlan.warmupIterations(Profile.FULL, "SlowJitBenchmark", Map.of("SlowJitBenchmark", 20)))
                .isEqualTo(4);
    }

    @Test
    void theSmokeProfileOnlyProvesThePipelineAndKeepsItsWarmup() {
        assertThat(WarmupPlan.warmupIterations(Profile.SMOKE, "SlowJitBenchmark", MEASURED))
                .isEqualTo(Profile.SMOKE.warmupIterations());
    }
}

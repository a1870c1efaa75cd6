package dev.perfgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.calibration.KnownWorkBenchmark;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/** A profile warms each class up for as long as it was measured to need, never less than its own warmup. */
class WarmupPlanTest {

    @Test
    void theQuickProfileWarmsUpAsManyIterationsAsTheClassNeeded() {
        assertThat(WarmupPlan.warmupIterations(Profile.QUICK, 1400)).isEqualTo(7);
    }

    @Test
    void aClassThatNeedsLessOrDeclaresNothingKeepsTheProfilesWarmup() {
        assertThat(WarmupPlan.warmupIterations(Profile.QUICK, 100)).isEqualTo(Profile.QUICK.warmupIterations());
        assertThat(WarmupPlan.warmupIterations(Profile.QUICK, 0)).isEqualTo(Profile.QUICK.warmupIterations());
    }

    @Test
    void theFullProfileConvertsTheNeededTimeToItsLongerIterations() {
        // 1.4 s: two of full's 1 s iterations, its own minimum anyway; 4 s: four
        assertThat(WarmupPlan.warmupIterations(Profile.FULL, 1400)).isEqualTo(2);
        assertThat(WarmupPlan.warmupIterations(Profile.FULL, 4000)).isEqualTo(4);
    }

    @Test
    void theSmokeProfileOnlyProvesThePipelineAndKeepsItsWarmup() {
        assertThat(WarmupPlan.warmupIterations(Profile.SMOKE, 4000)).isEqualTo(Profile.SMOKE.warmupIterations());
    }

    @Test
    void everyMainJobBenchmarkDeclaresAMeasuredWarmup() {
        for (BenchmarkListEntry entry : entries()) {
            if (entry.getUsername().startsWith(KnownWorkBenchmark.class.getName())) {
                continue; // the A/B study's workload, not in the main job; the study sets its warmup
            }
            // a new class without @Warmup would silently be measured after the profile's 200 ms
            assertThat(WarmupPlan.declaredMillis(entry)).as(entry.getUsername()).isPositive();
        }
    }

    @Test
    void theQuickProfileWarmsTheTokenValidatorsForFourSeconds() {
        BenchmarkListEntry validate = entries().stream()
                .filter(e -> e.getUsername().equals("dev.perfgate.auth.TokenValidationBenchmark.validate")).findFirst()
                .orElseThrow();
        assertThat(WarmupPlan.warmupIterations(Profile.QUICK, validate) * Profile.QUICK.warmupMillis()).isEqualTo(4000);
    }

    private static Set<BenchmarkListEntry> entries() {
        return BenchmarkList.defaultList().find(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT),
                List.of(".*"), List.of());
    }
}

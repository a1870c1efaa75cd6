package dev.perfgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.baseline.BaselineFiles;
import dev.perfgate.tracker.baseline.BaselineReader;
import dev.perfgate.tracker.compare.Thresholds;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed thresholds file names this suite's code-that-never-changes as references, and
 * nothing else: the calibration and reference benchmarks, the JCA floors, the bare-primitive limits
 * and the golden path's loopback reference.
 */
class ReferenceRulesTest {

    private static final Path DEFAULT_BASELINE = Path.of("..", "baselines", "default");

    @Test
    void referencesAreTheCalibrationTheReferenceBenchmarkTheJcaFloorsAndTheLimitsOnly() throws Exception {
        Thresholds thresholds = Thresholds.forBaseline(DEFAULT_BASELINE, 0.05);
        List<BenchmarkKey> keys = new BaselineReader().read(new BaselineFiles(DEFAULT_BASELINE)).results().stream()
                .map(BenchmarkResult::key).toList();
        List<String> references = keys.stream().filter(thresholds::isReference).map(BenchmarkKey::benchmark)
                .distinct().sorted().toList();
        assertThat(references).contains(
                "dev.perfgate.calibration.CalibrationBenchmark.knownWork",
                "dev.perfgate.auth.TokenValidationBenchmark.jcaFloor",
                "dev.perfgate.breaker.CircuitBreakerBenchmark.limitBareCas",
                "dev.perfgate.handshake.HandshakeBenchmark.limitBareCas",
                "dev.perfgate.calibration.ReferenceBenchmark.cpu",
                "dev.perfgate.calibration.ReferenceBenchmark.cas",
                "dev.perfgate.golden.LoopbackReference.roundTrip");
        assertThat(references).allMatch(name -> name.contains("Calibration") || name.contains(".ReferenceBenchmark.")
                || name.equals("dev.perfgate.golden.LoopbackReference.roundTrip")
                || name.endsWith(".jcaFloor")
                || name.substring(name.lastIndexOf('.') + 1).startsWith("limit"));
        assertThat(keys.stream().filter(k -> k.benchmark().endsWith(".validate"))).noneMatch(thresholds::isReference);
    }
}

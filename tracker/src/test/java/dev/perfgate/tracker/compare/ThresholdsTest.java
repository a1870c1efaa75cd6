package dev.perfgate.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdsTest {

    @TempDir
    Path dir;

    private static BenchmarkKey key(String name) {
        return new BenchmarkKey(name, Mode.THROUGHPUT, new TreeMap<>(), 1);
    }

    @Test
    void firstMatchingRuleWinsElseTheDefault() throws Exception {
        Path file = dir.resolve(Thresholds.FILE_NAME);
        Files.writeString(file, "# noisy ones\n*BreakerBenchmark.* = 10%\n\ndev.perfgate.auth.TokenBenchmark.verify = 0.03\n"
                + "dev.perfgate.auth.* = 7 %\n");
        Thresholds thresholds = Thresholds.load(file, 0.05);
        assertThat(thresholds.forKey(key("dev.perfgate.breaker.BreakerBenchmark.call"))).isEqualTo(0.10);
        assertThat(thresholds.forKey(key("dev.perfgate.auth.TokenBenchmark.verify"))).isEqualTo(0.03);
        assertThat(thresholds.forKey(key("dev.perfgate.auth.TokenBenchmark.parse"))).isEqualTo(0.07);
        assertThat(thresholds.forKey(key("dev.perfgate.budget.X.y"))).isEqualTo(0.05);
    }

    @Test
    void missingFileMeansNoRules() throws Exception {
        assertThat(Thresholds.load(dir.resolve("absent.conf"), 0.04).forKey(key("a.B.c"))).isEqualTo(0.04);
    }

    @Test
    void malformedRulesNameFileAndLine() throws Exception {
        Path file = dir.resolve(Thresholds.FILE_NAME);
        Files.writeString(file, "a.* = 5%\nb.* = lots\n");
        assertThatThrownBy(() -> Thresholds.load(file, 0.05))
                .hasMessageContaining(file.toString()).hasMessageContaining("line 2").hasMessageContaining("lots");
        Files.writeString(file, "just a pattern\n");
        assertThatThrownBy(() -> Thresholds.load(file, 0.05)).hasMessageContaining("line 1");
        assertThatThrownBy(() -> Thresholds.parsePercent("150%")).hasMessageContaining("150");
    }

    @Test
    void scopedReferencesGuardTheirScopeAndNothingElse() throws Exception {
        Path file = dir.resolve(Thresholds.FILE_NAME);
        Files.writeString(file, "reference = *.jcaFloor\n"
                + "reference for dev.perfgate.golden.*Latency.* = dev.perfgate.golden.LoopbackReference.*\n");
        Thresholds thresholds = Thresholds.load(file, 0.05);
        BenchmarkKey loopback = key("dev.perfgate.golden.LoopbackReference.roundTrip");
        BenchmarkKey roundTrip = key("dev.perfgate.golden.MessageLatency.roundTrip");
        BenchmarkKey floor = key("dev.perfgate.auth.TokenBenchmark.jcaFloor");
        BenchmarkKey validate = key("dev.perfgate.auth.TokenBenchmark.validate");
        assertThat(thresholds.isReference(loopback)).isTrue();
        assertThat(thresholds.isGeneralReference(loopback)).isFalse();
        assertThat(thresholds.isGeneralReference(floor)).isTrue();
        assertThat(thresholds.scopeOf(loopback)).isEqualTo(0);
        assertThat(thresholds.scopeOf(roundTrip)).isEqualTo(0);
        assertThat(thresholds.scopeOf(validate)).isEqualTo(-1);
        assertThat(thresholds.scopeOf(floor)).isEqualTo(-1);
        assertThat(thresholds.isReference(roundTrip)).isFalse();
        assertThat(thresholds.hasReferences()).isTrue();
    }

    @Test
    void theCommittedRulesGuardTheGoldenRoundTripByTheLoopbackReferenceAlone() throws Exception {
        Thresholds committed = Thresholds.forBaseline(Path.of("..", "baselines", "default"), 0.05);
        BenchmarkKey loopback = key("dev.perfgate.golden.LoopbackReference.roundTrip");
        BenchmarkKey roundTrip = key("dev.perfgate.golden.MessageLatency.roundTrip");
        assertThat(committed.isReference(loopback)).isTrue();
        assertThat(committed.isGeneralReference(loopback)).isFalse();
        assertThat(committed.isReference(roundTrip)).isFalse();
        assertThat(committed.scopeOf(roundTrip)).isEqualTo(committed.scopeOf(loopback)).isNotNegative();
        BenchmarkKey handshake = key("dev.perfgate.golden.HandshakeLatency.connectToReady");
        assertThat(committed.scopeOf(handshake)).as("crypto and loopback: the general references").isEqualTo(-1);
        assertThat(committed.forKey(handshake)).isEqualTo(0.25);
        assertThat(committed.forKey(key("dev.perfgate.golden.AuthServiceLatency.sessionCheck"))).isEqualTo(0.25);
        assertThat(committed.forKey(roundTrip)).isEqualTo(0.05);
        assertThat(committed.isGeneralReference(key("dev.perfgate.calibration.CalibrationBenchmark.knownWork"))).isTrue();
    }

    @Test
    void aScopedReferenceRuleWithoutAScopeOrAGlobNamesFileAndLine() throws Exception {
        Path file = dir.resolve(Thresholds.FILE_NAME);
        Files.writeString(file, "a.* = 5%\nreference for = b.*\n");
        assertThatThrownBy(() -> Thresholds.load(file, 0.05)).hasMessageContaining(file.toString())
                .hasMessageContaining("line 2").hasMessageContaining("reference for SCOPE = GLOB");
        Files.writeString(file, "reference for a.* =\n");
        assertThatThrownBy(() -> Thresholds.load(file, 0.05)).hasMessageContaining("line 1")
                .hasMessageContaining("reference for SCOPE = GLOB");
    }
}

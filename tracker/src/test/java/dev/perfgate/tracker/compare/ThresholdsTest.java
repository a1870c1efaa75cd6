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
}

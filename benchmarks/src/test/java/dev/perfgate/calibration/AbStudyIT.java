package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the A/B study's smallest form on the built jar, in an A/B mode and in baseline mode: proves
 * both build the second jar, measure both builds and tally every trial. Its numbers mean nothing.
 */
class AbStudyIT {

    private static final Path JAR = Path.of("target", "benchmarks.jar");

    @Test
    void theQuickStudyTalliesFiveTrialsPerCellInAnABModeAndInBaselineMode() throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR.toAbsolutePath().toString(), AbStudy.class.getName(), "--quick", "--modes", "interleaved,baseline"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        for (String row : List.of("| interleaved | +0 % | 5 |", "| interleaved | +20 % | 5 |", "| baseline | +0 % | 5 |",
                "| baseline | +20 % | 5 |")) {
            assertThat(output).as(output).contains(row);
        }
    }
}

package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Runs the study's --quick mode for real (JMH forks, about ten seconds): proves the whole pipeline
 * from JMH's Runner through the tracker's comparison to the table. Its rates mean nothing.
 */
class AccuracyStudyTest {

    @Test
    void quickStudyRunsCalibrationForRealAndPrintsEveryCell() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit = new CommandLine(new AccuracyStudy(out)).execute("--quick");
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(table).isZero();
        assertThat(table).contains("| A/A        | false positives  |   2 |")
                .contains("| A/B +5%    | detections       |   1 |")
                .contains("| A/B +10%   |").contains("| A/B +20%   |")
                .contains("10 batches, 20 forks");
    }
}

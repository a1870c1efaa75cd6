package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Runs the study's --quick mode for real (JMH forks, about ten seconds): proves the whole pipeline
 * from JMH's Runner through the tracker's comparison to the table. Its rates mean nothing. It is
 * skipped, not failed, when another JMH process on the machine holds JMH's lock.
 */
class AccuracyStudyTest {

    @Test
    void quickStudyRunsCalibrationForRealAndPrintsEveryCell() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = new CommandLine(new AccuracyStudy(out)).setErr(new java.io.PrintWriter(err)).execute("--quick");
        String table = bytes.toString(StandardCharsets.UTF_8);
        // JMH allows one run per machine; on a shared workstation another may hold its lock. CI has none.
        org.junit.jupiter.api.Assumptions.assumeFalse(err.toString().contains("Unable to acquire the JMH lock"),
                "another JMH run holds the machine-wide lock");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(table).contains("| A/A        | false positives  |   2 |")
                .contains("| A/B +5%    | detections       |   1 |")
                .contains("| A/B +10%   |").contains("| A/B +20%   |")
                .contains("10 batches, 20 forks")
                .contains("|   only p50   | false positives  |   2 |");
    }
}

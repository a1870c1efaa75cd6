package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main-job study's runs.jsonl: round trip, a truncated last line, an append after it. */
class MainJobLogTest {

    @TempDir
    Path dir;

    private final StringWriter warnings = new StringWriter();

    @Test
    void aRecordReadsBackAsWritten() throws Exception {
        MainJobLog log = new MainJobLog(dir.resolve("runs.jsonl"), new PrintWriter(warnings, true));
        MainJobRecord record = MainJobTallyTest.judged(1, 1, Map.of("UNCHANGED", 3, "REGRESSION", 1), true);

        log.append(record);

        assertThat(log.read()).containsExactly(record);
        assertThat(warnings.toString()).isEmpty();
    }

    @Test
    void aTruncatedLastLineIsSkippedWithAWarningAndTheNextAppendStaysReadable() throws Exception {
        Path file = dir.resolve("runs.jsonl");
        MainJobLog log = new MainJobLog(file, new PrintWriter(warnings, true));
        MainJobRecord first = MainJobTallyTest.judged(1, 0, Map.of("UNCHANGED", 3), false);
        log.append(first);
        Files.writeString(file, "{\"run\":2,\"seed\":3,\"profile\":\"qu", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(log.read()).containsExactly(first);
        assertThat(warnings.toString()).contains(file + " line 2 is not a whole run record").contains("measured again");

        MainJobRecord second = MainJobTallyTest.judged(2, 0, Map.of("UNCHANGED", 4), false);
        log.append(second);
        assertThat(log.read()).containsExactly(first, second);
    }

    @Test
    void aRewriteReplacesEveryLineAndALaterLineOfTheSameRunWins() throws Exception {
        MainJobLog log = new MainJobLog(dir.resolve("runs.jsonl"), new PrintWriter(warnings, true));
        MainJobRecord old = MainJobTallyTest.judged(1, 1, Map.of("REGRESSION", 1), false);
        MainJobRecord rejudged = MainJobTallyTest.judged(1, 0, Map.of("UNCHANGED", 1), false);
        log.append(old);
        log.append(rejudged);

        assertThat(log.read()).containsExactly(rejudged);
        log.rewrite(List.of(old));
        assertThat(log.read()).containsExactly(old);
        assertThat(Files.readAllLines(dir.resolve("runs.jsonl"))).hasSize(1);
    }

    @Test
    void noFileIsNoRuns() throws Exception {
        assertThat(new MainJobLog(dir.resolve("runs.jsonl"), new PrintWriter(warnings, true)).read()).isEmpty();
    }
}

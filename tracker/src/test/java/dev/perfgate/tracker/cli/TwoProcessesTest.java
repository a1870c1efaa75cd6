package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.store.HistoryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real separate JVMs on one embedded H2 file: two ingests at once both succeed (the second
 * waits for the first), and an ingest that cannot get the database in time fails with exit 2
 * and a clear message, storing nothing.
 */
class TwoProcessesTest {

    private static final Path FILE = JmhCorpus.HOLLOW;

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("common/history").toAbsolutePath();
    }

    /**
     * A tracker command line in a JVM of its own, on the test classpath; C1 only and the serial
     * collector, as a short-lived CLI needs no more, so that many at once on two busy cores finish.
     */
    static Process tracker(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), TrackerCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Waits (at most 90 s) for the process and returns all it printed. */
    static String finish(Process process) throws Exception {
        return finish(process, 90);
    }

    /** Waits at most {@code seconds} for the process (killing it when it overruns) and returns all it printed. */
    static String finish(Process process, int seconds) throws Exception {
        boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("process finished within " + seconds + " s").isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void twoIngestsAtOnceBothSucceedWithWholeRuns() throws Exception {
        // One names the database with --db, the other through PERFGATE_DB.
        Process first = tracker(Map.of(), "ingest", FILE.toString(), "--db", db(), "--label", "first");
        Process second = tracker(Map.of("PERFGATE_DB", db()), "ingest", FILE.toString(), "--label", "second");

        String firstOutput = finish(first);
        String secondOutput = finish(second);

        assertThat(first.exitValue()).as(firstOutput).isZero();
        assertThat(second.exitValue()).as(secondOutput).isZero();
        Run expected = new JmhResultReader().read(FILE);
        try (HistoryStore store = HistoryStore.open(db())) {
            assertThat(store.runs()).extracting(RunInfo::label).containsExactlyInAnyOrder("first", "second");
            assertThat(List.of(firstOutput.trim(), secondOutput.trim()))
                    .containsExactlyInAnyOrder("1", "2");
            for (RunInfo info : store.runs()) {
                assertThat(store.load(info.id()).results()).isEqualTo(expected.results());
            }
        }
    }

    @Test
    void anIngestThatCannotGetTheDatabaseExitsTwoAndStoresNothing() throws Exception {
        String output;
        Process blocked;
        try (HistoryStore holder = HistoryStore.open(db())) {
            blocked = tracker(Map.of(), "ingest", FILE.toString(), "--db", db(), "--lock-wait", "1");
            output = finish(blocked);
            assertThat(holder.runs()).isEmpty();
        }
        assertThat(blocked.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("tracker ingest: the history database " + db() + " is in use by another process");
        try (HistoryStore store = HistoryStore.open(db())) {
            assertThat(store.runs()).isEmpty();
        }
    }
}

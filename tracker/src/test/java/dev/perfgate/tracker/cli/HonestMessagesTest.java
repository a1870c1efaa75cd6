package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.store.HistoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exit-2 cases whose message used to be a crash, a dump or false, and where the environment of a
 * run comes from: each message says what is wrong with which input, and nothing is half done.
 */
class HonestMessagesTest {

    @TempDir
    Path dir;

    private Path good;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db/history").toAbsolutePath();
    }

    private Path good() throws IOException {
        if (good == null) {
            good = Files.writeString(dir.resolve("good.json"), MalformedInputTest.GOOD);
        }
        return good;
    }

    private int storedRuns() {
        try (HistoryStore store = HistoryStore.open(db())) {
            return store.runs().size();
        }
    }

    @Test
    void oneIngestOfAGoodAndAnOverlongFileStoresNothing() throws IOException {
        Path longName = Files.writeString(dir.resolve("longname.json"),
                MalformedInputTest.GOOD.replace("a.B.m\"", "a.B." + "m".repeat(1200) + "\""));

        CliRun run = CliRun.of("ingest", good().toString(), longName.toString(), "--db", db());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).as("no run id printed").isEmpty();
        assertThat(run.err()).contains(longName.toString()).contains("1204 characters").contains("1000")
                .contains("nothing was stored").doesNotContain("SQL");
        assertThat(storedRuns()).isZero();
    }

    @Test
    void anOverlongCommitIsRefusedWithItsLimit() throws IOException {
        CliRun run = CliRun.of("ingest", good().toString(), "--commit", "c".repeat(250), "--db", db());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--commit is 250 characters").contains("200").doesNotContain("SQL");
        assertThat(storedRuns()).isZero();
    }

    @Test
    void compareOutIntoAMissingDirectorySaysSo() throws IOException {
        Path baselines = dir.resolve("baselines");
        assertThat(CliRun.of("baseline", "save", "--run", good().toString(), "--dir", baselines.toString()).exitCode()).isZero();
        Path out = dir.resolve("no-dir/x.md");

        CliRun run = CliRun.of("compare", good().toString(), "--baseline", baselines.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(out.toString()).contains("the directory " + out.getParent() + " does not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"runs", "show 1", "history .", "compare latest", "baseline save --run latest"})
    void readOnlyCommandsWithAMistypedDbCreateNothing(String command) throws IOException {
        Path typo = dir.resolve("typo/histroy");
        String url = "jdbc:h2:file:" + typo.toAbsolutePath();
        Path baselines = dir.resolve("baselines");
        assertThat(CliRun.of("baseline", "save", "--run", good().toString(), "--dir", baselines.toString()).exitCode()).isZero();
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--db", url));
        if (command.startsWith("compare")) {
            args.addAll(List.of("--baseline", baselines.toString()));
        }
        if (command.startsWith("baseline")) {
            args.addAll(List.of("--dir", dir.resolve("out").toString()));
        }

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("no history database at " + typo + ".mv.db");
        assertThat(dir.resolve("typo")).doesNotExist();
    }

    @Test
    void aManifestThatIsADirectoryIsNamedAsSuch() throws IOException {
        // Root runs the tests, so file permissions cannot make a manifest unreadable; a directory
        // in its place is the unreadable manifest a test can make (FileProblem maps
        // AccessDeniedException to "permission denied", see FileProblemTest).
        Path baseline = dir.resolve("odd");
        Files.createDirectories(baseline.resolve("manifest.json"));

        CliRun run = CliRun.of("compare", good().toString(), "--baseline", baseline.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(baseline.resolve("manifest.json").toString()).contains("is a directory");
    }

    @Test
    void aStoredRunWithANanScoreIsNeitherSavedAsABaselineNorCompared() throws IOException {
        BenchmarkKey key = new BenchmarkKey("a.B.m", Mode.AVERAGE_TIME, new TreeMap<>(), 1);
        Run nan = new Run(new RunInfo(0, Instant.parse("2026-11-01T00:00:00Z"), null, null, null, null),
                List.of(new BenchmarkResult(key, "ns/op", List.of(new Iteration(0, 0, 1, null),
                        new Iteration(0, 1, Double.NaN, null)),
                        new JmhSummary(Double.NaN, Double.NaN, null), null)));
        try (HistoryStore store = HistoryStore.open(db())) {
            store.save(nan); // as an ingest before this check could
        }
        Path baselines = dir.resolve("baselines");

        CliRun save = CliRun.of("baseline", "save", "--run", "latest", "--db", db(), "--dir", baselines.toString());

        assertThat(save.exitCode()).as(save.toString()).isEqualTo(2);
        assertThat(save.err()).contains("a.B.m").contains("iteration 1").contains("NaN");
        assertThat(baselines).doesNotExist();

        assertThat(CliRun.of("baseline", "save", "--run", good().toString(), "--dir", baselines.toString()).exitCode()).isZero();
        CliRun compare = CliRun.of("compare", "1", "--db", db(), "--baseline", baselines.toString());
        assertThat(compare.exitCode()).as(compare.toString()).isEqualTo(2);
        assertThat(compare.err()).contains("run 1").contains("a.B.m").contains("NaN");
    }

    @Test
    void anImportedFilesMachineIsUnknownUnlessSupplied() throws IOException {
        Path sidecarred = Files.writeString(dir.resolve("measured.json"), MalformedInputTest.GOOD);
        Files.writeString(dir.resolve("measured.json.env"), "osName=Windows 11\ncpuModel=Intel Core i7-1185G7\ncores=8\n");

        assertThat(CliRun.of("ingest", good().toString(), "--db", db()).exitCode()).isZero();
        assertThat(CliRun.of("ingest", sidecarred.toString(), "--env", "osArch=amd64", "--db", db()).exitCode()).isZero();

        assertThat(CliRun.of("show", "1", "--db", db()).out())
                .contains("environment: OpenJDK 64-Bit Server VM 21 | -Xmx1g | ?/? | ? ×0");
        assertThat(CliRun.of("show", "2", "--db", db()).out())
                .contains("environment: OpenJDK 64-Bit Server VM 21 | -Xmx1g | Windows 11/amd64 | Intel Core i7-1185G7 ×8");
    }

    @Test
    void anUnknownEnvKeyIsRefused() throws IOException {
        CliRun run = CliRun.of("ingest", good().toString(), "--env", "gpu=none", "--db", db());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("unknown environment key \"gpu\"").contains("osName");
        assertThat(storedRuns()).isZero();
    }

    @Test
    void onlyKnownDifferencesMakeAComparisonCrossEnvironment() throws IOException {
        assertThat(CliRun.of("ingest", good().toString(), "--env", "osName=Linux", "--db", db()).exitCode()).isZero();
        assertThat(CliRun.of("ingest", good().toString(), "--env", "osName=Windows 11", "--db", db()).exitCode()).isZero();
        Path baselines = dir.resolve("baselines");
        assertThat(CliRun.of("baseline", "save", "--run", "1", "--db", db(), "--dir", baselines.toString(),
                "--lock-wait", "5").exitCode()).isZero();

        CliRun unknownMachine = CliRun.of("compare", good().toString(), "--baseline", baselines.toString());
        CliRun otherMachine = CliRun.of("compare", "2", "--db", db(), "--baseline", baselines.toString(), "--lock-wait", "5");

        assertThat(unknownMachine.exitCode()).as(unknownMachine.toString()).isZero();
        assertThat(unknownMachine.out()).doesNotContain("cross-environment");
        assertThat(otherMachine.exitCode()).as(otherMachine.toString()).isZero();
        assertThat(otherMachine.out()).contains("cross-environment");
    }
}

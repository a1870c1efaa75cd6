package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.ab.AbMode;
import dev.perfgate.tracker.ab.AbOutcome;
import dev.perfgate.tracker.ab.AbRunner;
import dev.perfgate.tracker.ab.AbSettings;
import dev.perfgate.tracker.ab.JmhArguments;
import dev.perfgate.tracker.ab.JmhJar;
import dev.perfgate.tracker.ab.JmhMachineLock;
import dev.perfgate.tracker.compare.OutputFormat;
import dev.perfgate.tracker.compare.SequentialLooks;
import dev.perfgate.tracker.compare.Thresholds;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.report.ComparisonReport;
import dev.perfgate.tracker.store.AbPair;
import dev.perfgate.tracker.store.HistoryStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker ab BASE.jar HEAD.jar [JMH regexps and options]}: measures two builds of any JMH
 * project interleaved on this machine, fork by fork, and judges each benchmark on its paired
 * ratios, so the machine's drift falls on both sides alike. Adds pairs only where the verdict is
 * still open, within a wall-time budget. Exit 0 nothing regressed, 1 a regression, 2 bad usage
 * or a build that does not run. Not thread-safe (one command, one call).
 */
@Command(name = "ab", mixinStandardHelpOptions = true,
        description = "Interleaved A/B of two JMH jars; exit 0 nothing regressed, 1 regression, 2 bad input.")
public final class AbCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BASE.jar", description = "The build to compare against.")
    Path baseJar;

    @Parameters(index = "1", paramLabel = "HEAD.jar", description = "The build under test.")
    Path headJar;

    @Parameters(index = "2..*", paramLabel = "JMH", description = "JMH regexps and options (-wi, -i, -w, -r, -p …), as JMH takes them.")
    List<String> jmh = new ArrayList<>();

    @Option(names = "--budget", defaultValue = "10m", description = "Wall time after which no new pair starts, e.g. 90s, 10m, 1h (default: ${DEFAULT-VALUE}).")
    String budget;

    @Option(names = "--threshold", defaultValue = "5%", description = "Practical threshold (default: ${DEFAULT-VALUE}).")
    String threshold;

    @Option(names = "--thresholds", paramLabel = "FILE", description = "Per-benchmark thresholds, one 'glob = 10%' rule a line.")
    Path thresholdsFile;

    @Option(names = "--confidence", defaultValue = "0.99", description = "Confidence over all looks (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--first-look", defaultValue = "3", description = "Pairs before a benchmark is first judged (default: ${DEFAULT-VALUE}).")
    int firstLook;

    @Option(names = "--max-pairs", defaultValue = "10", description = "The most pairs a benchmark gets (default: ${DEFAULT-VALUE}).")
    int maxPairs;

    @Option(names = "--format", defaultValue = "text",
            description = "text, markdown, json, junit or github (job summary; annotations on standard output) (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the verdicts here instead of standard output.")
    Path out;

    @Option(names = "--report", paramLabel = "DIR", description = "Also write a chart report here (report.md, report.html, PNGs).")
    Path reportDir;

    @CommandLine.Mixin
    DatabaseOptions database;

    @Option(names = "--no-store", description = "Do not record the two sides in the history database.")
    boolean noStore;

    @Option(names = "--java-option", paramLabel = "OPT",
            description = "An option for the JVM that runs JMH in each jar, e.g. -Djmh.ignoreLock=true (repeatable).")
    List<String> javaOptions = new ArrayList<>();

    @Option(names = "--mode", defaultValue = "interleaved",
            description = "interleaved (a pair's forks one after the other) or duet (at once, each pinned to a core "
                    + "with taskset) (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--duet-cpus", paramLabel = "A,B", split = ",", defaultValue = "0,1",
            description = "The two CPUs a duet pins its forks to (default: ${DEFAULT-VALUE}).")
    List<Integer> duetCpus;

    @Option(names = "--seed", defaultValue = "42", description = "Fixes the run order and the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--resamples", defaultValue = "2000", description = "Bootstrap resamples per look (default: ${DEFAULT-VALUE}).")
    int resamples;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Path work = null;
        try {
            Thresholds thresholds = thresholdsFile == null ? Thresholds.uniform(Thresholds.parsePercent(threshold))
                    : Thresholds.load(thresholdsFile, Thresholds.parsePercent(threshold));
            AbSettings settings = new AbSettings(thresholds, new SequentialLooks(confidence, firstLook, maxPairs),
                    Durations.parse("--budget", budget), seed, resamples, mode(), duetCpus);
            if (settings.mode() == AbMode.DUET) {
                JmhJar.checkPinning(settings.duetCpus());
            }
            JmhArguments arguments = JmhArguments.parse(jmh);
            if (out != null && out.toAbsolutePath().getParent() != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
                throw new IllegalArgumentException("--out " + out + ": the directory " + out.toAbsolutePath().getParent()
                        + " does not exist");
            }
            work = Files.createTempDirectory("perfgate-ab");
            AbOutcome outcome;
            AbRunner runner = new AbRunner(new JmhJar(baseJar, arguments, javaOptions, work),
                    new JmhJar(headJar, arguments, javaOptions, work), settings, System::nanoTime, err);
            if (settings.mode() == AbMode.DUET) {
                try (JmhMachineLock lock = JmhMachineLock.acquire()) { // the duet's two JMH runs ignore it
                    outcome = runner.run();
                }
            } else {
                outcome = runner.run();
            }
            String rendered = AbFormat.render(format, outcome);
            if (out != null) {
                CompareCommand.writeReport(out, rendered); // one place says what is wrong with an --out path
                stdout.println(AbFormat.summary(outcome) + " → " + out);
            } else {
                stdout.print(rendered);
            }
            if (format == OutputFormat.GITHUB) {
                stdout.print(dev.perfgate.tracker.compare.GithubReport.annotations(outcome.comparison()));
            }
            if (!noStore) {
                try (HistoryStore store = database.open()) {
                    AbPair pair = store.saveAbPair(outcome.base(), outcome.head(),
                            settings.mode().name().toLowerCase(java.util.Locale.ROOT));
                    stdout.println("stored: base as run " + pair.baseRunId() + ", head as run " + pair.headRunId()
                            + ", linked as A/B pair " + pair.id() + " in " + store.url());
                }
            }
            if (reportDir != null) {
                var written = ComparisonReport.write(outcome.comparison(), reportDir, database.target(), err);
                stdout.println("report: " + written.markdown() + ", " + written.html());
            }
            stdout.flush();
            return outcome.comparison().has(Verdict.REGRESSION) ? TrackerCli.REGRESSION : TrackerCli.OK;
        } catch (IOException | RuntimeException e) {
            err.println("tracker ab: " + e.getMessage());
            err.flush();
            return TrackerCli.BAD_INPUT;
        } finally {
            deleteQuietly(work);
        }
    }

    private AbMode mode() {
        return switch (mode.toLowerCase(java.util.Locale.ROOT)) {
            case "interleaved" -> AbMode.INTERLEAVED;
            case "duet" -> AbMode.DUET;
            default -> throw new IllegalArgumentException("--mode " + mode + ": expected interleaved or duet");
        };
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind harms nothing
        }
    }
}

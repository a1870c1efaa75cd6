package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.baseline.BaselineFiles;
import dev.perfgate.tracker.baseline.BaselineReader;
import dev.perfgate.tracker.compare.CompareSettings;
import dev.perfgate.tracker.compare.Comparer;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Gate;
import dev.perfgate.tracker.compare.GithubReport;
import dev.perfgate.tracker.compare.OutputFormat;
import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.compare.Thresholds;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.store.HistoryStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker compare CURRENT}: the CI gate. Compares a run with a baseline by a hierarchical
 * bootstrap and exits 0 when nothing regressed, 1 when anything did ({@code --fail-on inconclusive}
 * also fails on inconclusive results), 2 on bad usage or input. Per-benchmark thresholds come from
 * {@code thresholds.conf} beside the baselines. Not thread-safe (one command, one call).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares a run with a baseline; exit 0 nothing regressed, 1 regression, 2 bad input.")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CURRENT",
            description = "A JMH JSON file, a baseline directory, 'latest' or a run id in the history database.")
    String current;

    @Option(names = "--baseline", paramLabel = "DIR", defaultValue = "baselines",
            description = "A baseline directory, or a directory of baselines meaning its 'default' (default: ${DEFAULT-VALUE}).")
    Path baseline;

    @CommandLine.Mixin
    DatabaseOptions database;

    @Option(names = "--threshold", defaultValue = "5%", description = "Practical threshold (default: ${DEFAULT-VALUE}).")
    String threshold;

    @Option(names = "--confidence", defaultValue = "0.99", description = "Confidence of the ratio's interval (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--statistic", split = ",", converter = StatisticConverter.class,
            description = "mean, p50, p90, p99, p99.9 (default: the score; for SampleTime also p50 and p99).")
    List<Statistic> statistics = new ArrayList<>();

    @CommandLine.Mixin
    OutputOptions output;

    @Option(names = "--reference", paramLabel = "GLOB",
            description = "A reference benchmark (code that never changes; repeatable), added to thresholds.conf's "
                    + "\"reference = GLOB\" rules: when the references moved, the machine moved, and verdicts are "
                    + "normalized by it.")
    List<String> references = new ArrayList<>();

    @Option(names = "--fail-on", defaultValue = "regression", description = "regression or inconclusive (default: ${DEFAULT-VALUE}).")
    Gate failOn;

    @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed; the same seed gives the same verdicts (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--resamples", defaultValue = "10000", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            BaselineFiles files = BaselineFiles.resolve(baseline);
            Thresholds thresholds = Thresholds.forBaseline(files.directory(), Thresholds.parsePercent(threshold))
                    .withReferences(references);
            if (!thresholds.hasReferences()) {
                // Said, not silent: a local baseline directory has no thresholds.conf beside it, and
                // without references a machine that moved passes for regressions (or hides them).
                err.println("tracker compare: no reference benchmarks (no \"reference = GLOB\" line in "
                        + Thresholds.fileFor(files.directory()) + ", no --reference): whether the machine itself"
                        + " moved is not judged");
                err.flush();
            }
            CompareSettings settings = new CompareSettings(thresholds, confidence, resamples, seed, statistics);
            Run base = new BaselineReader().read(files);
            Run now = loadRun(current, database);
            Comparison comparison = new Comparer(settings).compare(base, now);
            String report = output.format == OutputFormat.GITHUB ? GithubReport.summary(comparison, failOn)
                    : output.format.render(comparison);
            PrintWriter stdout = spec.commandLine().getOut();
            output.emit(stdout, report, () -> OutputOptions.summary(comparison), comparison);
            output.writeChartReport(comparison, failOn, database, stdout, err);
            stdout.flush();
            return failOn.fails(comparison) ? TrackerCli.REGRESSION : TrackerCli.OK;
        } catch (IOException | RuntimeException e) {
            err.println("tracker compare: " + e.getMessage());
            err.flush();
            return TrackerCli.BAD_INPUT;
        }
    }

    /**
     * Turns what a user names on the command line into a run: a JMH JSON file, a baseline directory,
     * {@code latest} or a run id in the history database (shared with {@code baseline save}). Loads {@code spec} from {@code database} when it names a stored run. Throws
     * {@link IllegalArgumentException} when {@code spec} names nothing that exists.
     */
    static Run loadRun(String spec, DatabaseOptions database) {
        Path path = Path.of(spec);
        if (Files.isRegularFile(path)) {
            return new JmhResultReader().read(path);
        }
        if (Files.isRegularFile(path.resolve(BaselineFiles.MANIFEST))) {
            return new BaselineReader().read(new BaselineFiles(path));
        }
        if (spec.equals("latest") || spec.matches("\\d+")) {
            try (HistoryStore store = database.openExisting()) {
                Run run = spec.equals("latest") ? store.latest().orElseThrow(() -> new IllegalArgumentException(
                        "the history database " + store.url() + " has no runs yet")) : store.load(Long.parseLong(spec));
                StoredRunCheck.require(run, store.url());
                return run;
            }
        }
        throw new IllegalArgumentException("\"" + spec + "\" is neither a JMH JSON file, a baseline directory, "
                + "\"latest\" nor a stored run id");
    }

    /** Lets picocli parse "p99.9" and friends with the statistic's own error message. */
    static final class StatisticConverter implements CommandLine.ITypeConverter<Statistic> {
        @Override
        public Statistic convert(String value) {
            return Statistic.parse(value);
        }
    }
}

package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.ab.AbMode;
import dev.perfgate.tracker.ab.AbOutcome;
import dev.perfgate.tracker.ab.AbRunner;
import dev.perfgate.tracker.ab.AbSettings;
import dev.perfgate.tracker.ab.JmhArguments;
import dev.perfgate.tracker.ab.JmhJar;
import dev.perfgate.tracker.ab.JmhMachineLock;
import dev.perfgate.tracker.compare.Gate;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.store.AbPair;
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

    @Option(names = "--thresholds", paramLabel = "FILE", description = "Per-benchmark thresholds, one 'glob = 10%%' rule a line.")
    Path thresholdsFile;

    @CommandLine.Mixin
    AbOptions ab;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    DatabaseOptions database;

    @Option(names = "--no-store", description = "Do not record the two sides in the history database.")
    boolean noStore;

    @Option(names = "--mode", defaultValue = "interleaved",
            description = "interleaved (a pair's forks one after the other) or duet (at once, each pinned to a core "
                    + "with taskset) (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--duet-cpus", paramLabel = "A,B", split = ",", defaultValue = "0,1",
            description = "The two CPUs a duet pins its forks to (default: ${DEFAULT-VALUE}).")
    List<Integer> duetCpus;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            AbSettings settings = ab.settings(Durations.parse("--budget", budget), thresholdsFile, mode(), duetCpus);
            if (settings.mode() == AbMode.DUET) {
                JmhJar.checkPinning(settings.duetCpus());
            }
            JmhArguments arguments = JmhArguments.parse(jmh);
            output.requireOutDirectory();
            try (ForkDirectory work = ForkDirectory.create("perfgate-ab")) {
                AbOutcome outcome;
                AbRunner runner = ab.runner(baseJar, headJar, arguments, settings, work.path(), err);
                if (settings.mode() == AbMode.DUET) {
                    try (JmhMachineLock lock = JmhMachineLock.acquire()) { // the duet's two JMH runs ignore it
                        outcome = runner.run();
                    }
                } else {
                    outcome = runner.run();
                }
                output.emit(stdout, AbFormat.render(output.format, outcome), () -> AbFormat.summary(outcome),
                        outcome.comparison());
                if (!noStore) {
                    try (HistoryStore store = database.open()) {
                        AbPair pair = store.saveAbPair(outcome.base(), outcome.head(),
                                settings.mode().name().toLowerCase(java.util.Locale.ROOT));
                        stdout.println("stored: base as run " + pair.baseRunId() + ", head as run " + pair.headRunId()
                                + ", linked as A/B pair " + pair.id() + " in " + store.url());
                    }
                }
                output.writeChartReport(outcome.comparison(), Gate.REGRESSION, database, stdout, err);
                stdout.flush();
                return outcome.comparison().has(Verdict.REGRESSION) ? TrackerCli.REGRESSION : TrackerCli.OK;
            }
        } catch (IOException | RuntimeException e) {
            err.println("tracker ab: " + e.getMessage());
            err.flush();
            return TrackerCli.BAD_INPUT;
        }
    }

    private AbMode mode() {
        return switch (mode.toLowerCase(java.util.Locale.ROOT)) {
            case "interleaved" -> AbMode.INTERLEAVED;
            case "duet" -> AbMode.DUET;
            default -> throw new IllegalArgumentException("--mode " + mode + ": expected interleaved or duet");
        };
    }
}

package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.store.HistoryStore;
import dev.perfgate.tracker.store.StoreException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tracker show RUN}: prints one stored run per benchmark (mode, params, threads, unit,
 * the score and, in sample mode, p50/p90/p99/p99.9/max) recomputed from the stored histograms
 * beside JMH's own values. Not thread-safe (one per command line).
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints a stored run: scores and percentiles recomputed from its histograms beside JMH's own.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "RUN", description = "The run id (see the runs command)")
    long runId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    ShowFormat format;

    @Override
    public Integer call() {
        Run run;
        try (HistoryStore store = database.openExisting()) {
            run = store.load(runId);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("tracker show: " + e.getMessage());
            return TrackerCli.BAD_INPUT;
        }
        List<BenchmarkFigures> figures = run.results().stream().map(BenchmarkFigures::of).toList();
        format.print(run.info(), figures, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return TrackerCli.OK;
    }
}

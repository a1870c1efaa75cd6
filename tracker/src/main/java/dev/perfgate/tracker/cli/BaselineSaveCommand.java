package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.baseline.BaselineFiles;
import dev.perfgate.tracker.baseline.BaselineWriter;
import dev.perfgate.tracker.model.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tracker baseline save}: writes a stored run (or a JMH JSON file) as a baseline, HdrHistogram
 * log plus JSON manifest, byte-identical for the same run. Not thread-safe (one command, one call).
 */
@Command(name = "save", mixinStandardHelpOptions = true,
        description = "Saves a run as a baseline: <dir>/<name>/manifest.json and histograms.hlog.")
public final class BaselineSaveCommand implements Callable<Integer> {

    @Option(names = "--run", paramLabel = "RUN", defaultValue = "latest",
            description = "'latest', a stored run id, a JMH JSON file or a baseline directory (default: ${DEFAULT-VALUE}).")
    String run;

    @CommandLine.Mixin
    DatabaseOptions database;

    @Option(names = "--dir", defaultValue = "baselines", description = "Directory of baselines (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--name", defaultValue = BaselineFiles.DEFAULT_NAME, description = "Baseline name (default: ${DEFAULT-VALUE}).")
    String name;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            BaselineFiles files = BaselineFiles.of(dir, name);
            Run source = CompareCommand.loadRun(run, database);
            new BaselineWriter().write(source, files);
            spec.commandLine().getOut().printf("saved %d benchmarks from run %s as baseline %s%n",
                    source.results().size(), run, files.directory());
            spec.commandLine().getOut().flush();
            return TrackerCli.OK;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("tracker baseline save: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return TrackerCli.BAD_INPUT;
        }
    }
}

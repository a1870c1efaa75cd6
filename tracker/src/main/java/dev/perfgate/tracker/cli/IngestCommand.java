package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.jmh.InvalidResultException;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.jmh.MachineEnvironment;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.store.ColumnLimits;
import dev.perfgate.tracker.store.HistoryStore;
import dev.perfgate.tracker.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tracker ingest FILE...}: reads JMH JSON results and stores each as a run, printing the
 * new run ids one per line. Every file is read and checked (including against the columns'
 * limits) before anything is stored, and all runs are saved in one transaction, so one bad file
 * stores nothing. A JMH file does not say which OS or CPU measured it: they come from the file's
 * sidecar ({@code result.json.env}, written by the benchmarks launcher) and {@code --env}, else
 * stay unknown. The database is opened after the files are read, so it is held only while the
 * runs are written. Not thread-safe (one per command line).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Stores JMH JSON result files (-rf json) in the history database; prints each new run id.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JMH JSON result files")
    List<Path> files;

    @Option(names = "--commit", paramLabel = "SHA", description = "Commit the results were measured at")
    String commit;

    @Option(names = "--branch", paramLabel = "NAME", description = "Branch the results were measured on")
    String branch;

    @Option(names = "--label", paramLabel = "TEXT", description = "Free text to recognise the run by")
    String label;

    @Option(names = "--env", paramLabel = "KEY=VALUE",
            description = "The measuring machine, over the file's sidecar (FILE.env): osName, osArch, cpuModel, cores,"
                    + " memoryBytes; repeat for each. Unknown when neither says.")
    Map<String, String> env = new LinkedHashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // The database is opened only once every file is read and checked: an embedded H2 file
        // admits one process at a time, and holding it while a large file is parsed made
        // concurrent ingests wait for each other's reading, not only for their writes.
        Supplier<HistoryStore> opening = database.prepareOpen();
        List<Run> runs = new ArrayList<>();
        try {
            for (Path file : files) {
                MachineEnvironment machine = MachineEnvironment.UNKNOWN.withSidecarOf(file).with(env, "--env");
                Run run = withProvenance(new JmhResultReader(machine).read(file, err::println));
                Optional<String> tooLong = ColumnLimits.provenance(run.info());
                if (tooLong.isPresent()) {
                    throw new IllegalArgumentException(tooLong.get());
                }
                Optional<String> tooLongData = ColumnLimits.data(run);
                if (tooLongData.isPresent()) {
                    throw new IllegalArgumentException(file + ": " + tooLongData.get());
                }
                runs.add(run);
            }
        } catch (InvalidResultException | IllegalArgumentException e) {
            err.println("tracker ingest: " + e.getMessage() + " (nothing was stored)");
            return TrackerCli.BAD_INPUT;
        }
        try (HistoryStore store = opening.get()) {
            for (long id : store.saveAll(runs)) { // one transaction: every run or none
                out.println(id);
            }
            out.flush();
            return TrackerCli.OK;
        } catch (StoreException e) {
            err.println("tracker ingest: " + e.getMessage());
            return TrackerCli.BAD_INPUT;
        }
    }

    private Run withProvenance(Run run) {
        RunInfo info = run.info();
        return new Run(new RunInfo(info.id(), info.time(), commit, branch, label, info.environment()), run.results());
    }
}

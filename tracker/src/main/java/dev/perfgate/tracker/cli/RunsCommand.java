package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.store.HistoryStore;
import dev.perfgate.tracker.store.StoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tracker runs}: lists the stored runs, oldest first, one per line (id, time, commit,
 * branch, label, JVM). Not thread-safe (one per command line).
 */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "Lists the runs in the history database.")
final class RunsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RunInfo> runs;
        String url;
        try (HistoryStore store = database.openExisting()) {
            runs = store.runs();
            url = store.url();
        } catch (StoreException e) {
            spec.commandLine().getErr().println("tracker runs: " + e.getMessage());
            return TrackerCli.BAD_INPUT;
        }
        out.printf("%6s  %-24s  %-12s  %-16s  %-24s  %s%n", "id", "time", "commit", "branch", "label", "jvm");
        for (RunInfo run : runs) {
            String jvm = run.environment() == null ? "-"
                    : Objects.toString(run.environment().jdkVersion(), "?") + " " + Objects.toString(run.environment().jvmName(), "");
            out.printf("%6d  %-24s  %-12s  %-16s  %-24s  %s%n", run.id(),
                    run.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    shorten(run.commit(), 12), shorten(run.branch(), 16), shorten(run.label(), 24), jvm.trim());
        }
        if (runs.isEmpty()) {
            out.println("(no runs in " + url + ")");
        }
        return TrackerCli.OK;
    }

    private static String shorten(String text, int width) {
        if (text == null) {
            return "-";
        }
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}

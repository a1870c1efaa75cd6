package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.baseline.BaselineCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tracker baseline list}: the baselines under a directory. Not thread-safe (one command, one call). */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the baselines under a directory.")
public final class BaselineListCommand implements Callable<Integer> {

    @Option(names = "--dir", defaultValue = "baselines", description = "Directory of baselines (default: ${DEFAULT-VALUE}).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            List<BaselineCatalog.Entry> entries = new BaselineCatalog(dir).list();
            if (entries.isEmpty()) {
                out.println("no baselines under " + dir);
            }
            for (BaselineCatalog.Entry entry : entries) {
                out.printf("%-16s %s  commit %s  %d benchmarks%n", entry.name(), entry.time(),
                        entry.commit() == null ? "?" : entry.commit(), entry.benchmarks());
            }
            out.flush();
            return TrackerCli.OK;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("tracker baseline list: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return TrackerCli.BAD_INPUT;
        }
    }
}

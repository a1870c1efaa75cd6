package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.store.DatabaseTarget;
import dev.perfgate.tracker.store.HistoryCopy;
import dev.perfgate.tracker.store.HistoryStore;
import dev.perfgate.tracker.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tracker db copy --from URL --to URL}: copies every run of one history database into
 * another, H2 to PostgreSQL or back, and verifies the copy ({@link HistoryCopy}). Running it again
 * copies nothing twice. The source must exist; the target is created (and migrated) as ingest
 * would. Exit 0 when every source run is in the target, 2 otherwise. Not thread-safe (one command,
 * one call).
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copies every run of one history database into another (idempotent; verifies run counts and"
                + " histogram bytes). Run ids are the target's own.")
public final class DbCopyCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "URL", description = "JDBC URL of the history to copy")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "JDBC URL of the history to copy into")
    String to;

    @Option(names = "--from-user", paramLabel = "USER", description = "User for --from when its URL names none (PostgreSQL default: env PGUSER)")
    String fromUser;

    @Option(names = "--from-password-file", paramLabel = "FILE", description = "Password file for --from (PostgreSQL default: env PGPASSWORD)")
    Path fromPasswordFile;

    @Option(names = "--to-user", paramLabel = "USER", description = "User for --to when its URL names none (PostgreSQL default: env PGUSER)")
    String toUser;

    @Option(names = "--to-password-file", paramLabel = "FILE", description = "Password file for --to (PostgreSQL default: env PGPASSWORD)")
    Path toPasswordFile;

    @Option(names = "--lock-wait", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait while another process has an H2 database file open (default: ${DEFAULT-VALUE})")
    int lockWaitSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Duration wait = Duration.ofSeconds(Math.max(0, lockWaitSeconds));
        try {
            DatabaseTarget source = DatabaseTarget.of(from, fromUser, fromPasswordFile, System.getenv());
            DatabaseTarget target = DatabaseTarget.of(to, toUser, toPasswordFile, System.getenv());
            if (source.url().equals(target.url())) {
                throw new StoreException("--from and --to are the same database " + source.display());
            }
            try (HistoryStore in = HistoryStore.openExisting(source, wait); HistoryStore into = HistoryStore.open(target, wait)) {
                HistoryCopy.Outcome outcome = new HistoryCopy(in, into).copy();
                out.printf("copied %d runs from %s to %s (%d already there); it holds %d runs%n", outcome.copied(),
                        in.url(), into.url(), outcome.alreadyThere(), outcome.targetRuns());
                out.printf("verified: all %d source runs are in the target, %d histograms (%d bytes) byte for byte%n",
                        outcome.sourceRuns(), outcome.histograms(), outcome.histogramBytes());
                out.flush();
                return TrackerCli.OK;
            }
        } catch (StoreException e) {
            spec.commandLine().getErr().println("tracker db copy: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return TrackerCli.BAD_INPUT;
        }
    }
}

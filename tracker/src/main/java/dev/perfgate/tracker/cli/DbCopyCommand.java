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
 * another, H2 to PostgreSQL or back, with the A/B pairs that link two of them, and verifies the
 * copy ({@link HistoryCopy}). Running it again copies nothing twice and says so. The source must exist; the target is created (and migrated) as ingest
 * would. Exit 0 when every source run is in the target, 2 otherwise. Not thread-safe (one command,
 * one call).
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copies every run and A/B pair of one history database into another (idempotent; verifies"
                + " run counts, histogram bytes and pair links). Run ids are the target's own.")
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
                out.println(summary(outcome, in.url(), into.url()));
                out.println(verified(outcome));
                out.flush();
                return TrackerCli.OK;
            }
        } catch (StoreException e) {
            spec.commandLine().getErr().println("tracker db copy: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return TrackerCli.BAD_INPUT;
        }
    }

    /** What was copied, or that nothing was: a second copy must say plainly that it added nothing. */
    private static String summary(HistoryCopy.Outcome outcome, String from, String to) {
        String holds = "; it holds " + count(outcome.targetRuns(), "run") + " and " + count(outcome.targetPairs(), "A/B pair");
        if (outcome.copiedNothing()) {
            return "nothing new to copy from " + from + " to " + to + ": its " + count(outcome.sourceRuns(), "run")
                    + " and " + count(outcome.sourcePairs(), "A/B pair") + " were all there already" + holds;
        }
        return "copied " + count(outcome.copied(), "run") + " and " + count(outcome.pairsCopied(), "A/B pair") + " from "
                + from + " to " + to + " (" + outcome.alreadyThere() + " runs and " + outcome.pairsAlreadyThere()
                + " pairs already there)" + holds;
    }

    private static String verified(HistoryCopy.Outcome outcome) {
        String pairs = switch (outcome.sourcePairs()) {
            case 0 -> "";
            case 1 -> "; its A/B pair links the same two runs there";
            default -> "; all " + outcome.sourcePairs() + " A/B pairs link the same two runs there";
        };
        return "verified: all " + outcome.sourceRuns() + " source runs are in the target, " + outcome.histograms()
                + " histograms (" + outcome.histogramBytes() + " bytes) byte for byte" + pairs;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

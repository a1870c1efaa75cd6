package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.store.DatabaseLocation;
import dev.perfgate.tracker.store.HistoryStore;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code --db} and {@code --lock-wait} options every history command shares (a picocli
 * mixin). Not thread-safe (filled by picocli, read by one command).
 */
final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the history database (default: env PERFGATE_DB, else "
                    + DatabaseLocation.DEFAULT_URL + ")")
    String url;

    @Option(names = "--lock-wait", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait while another process has the database open (default: ${DEFAULT-VALUE})")
    int lockWaitSeconds;

    String jdbcUrl() {
        return DatabaseLocation.resolve(url);
    }

    HistoryStore open() {
        return HistoryStore.open(jdbcUrl(), lockWait());
    }

    /** For commands that only read: never creates a database (see {@link HistoryStore#openExisting}). */
    HistoryStore openExisting() {
        return HistoryStore.openExisting(jdbcUrl(), lockWait());
    }

    Duration lockWait() {
        return Duration.ofSeconds(Math.max(0, lockWaitSeconds));
    }
}

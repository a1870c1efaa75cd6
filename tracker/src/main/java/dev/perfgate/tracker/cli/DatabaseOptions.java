package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.store.DatabaseLocation;
import dev.perfgate.tracker.store.DatabaseTarget;
import dev.perfgate.tracker.store.HistoryStore;
import dev.perfgate.tracker.store.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The {@code --db}, {@code --db-user}, {@code --db-password-file} and {@code --lock-wait} options
 * every history command shares (a picocli mixin). There is no option that takes a password itself:
 * a command line is visible to every user of the machine. Not thread-safe (filled by picocli, read
 * by one command).
 */
final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the history database: jdbc:h2:… or jdbc:postgresql://HOST:PORT/DATABASE"
                    + " (default: env PERFGATE_DB, else " + DatabaseLocation.DEFAULT_URL + ")")
    String url;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "User to connect as when the URL names none (PostgreSQL default: env PGUSER)")
    String user;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "File whose first line is the password (PostgreSQL default: env PGPASSWORD, then ~/.pgpass)")
    Path passwordFile;

    @Option(names = "--lock-wait", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait while another process has an H2 database file open (default: ${DEFAULT-VALUE})")
    int lockWaitSeconds;

    String jdbcUrl() {
        return DatabaseLocation.resolve(url);
    }

    /** The database and who to connect as; an unreadable password file is a {@code StoreException}. */
    DatabaseTarget target() {
        return DatabaseTarget.of(jdbcUrl(), user, passwordFile, System.getenv());
    }

    /** The URL for messages: never with its password. */
    String display() {
        return target().display();
    }

    HistoryStore open() {
        return HistoryStore.open(target(), lockWait());
    }

    /**
     * An {@link #open} for a command that reads its input first: a new H2 file's schema migrator is
     * set up meanwhile (see {@link HistoryStore#prepare}). A target that cannot be resolved yet (an
     * unreadable password file) is resolved, and reported, when the store is opened, as before.
     */
    Supplier<HistoryStore> prepareOpen() {
        HistoryStore.Opening opening;
        try {
            opening = HistoryStore.prepare(target());
        } catch (StoreException e) {
            return this::open;
        }
        return () -> opening.open(lockWait());
    }

    /** For commands that only read: never creates a database (see {@link HistoryStore#openExisting}). */
    HistoryStore openExisting() {
        return HistoryStore.openExisting(target(), lockWait());
    }

    Duration lockWait() {
        return Duration.ofSeconds(Math.max(0, lockWaitSeconds));
    }
}

package dev.perfgate.tracker.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Opens a JDBC connection, waiting while another process has an embedded H2 file open (H2
 * error 90020, "database may be already in use") instead of failing at once: two ingests that
 * start together then run one after the other. A PostgreSQL server admits many at once, so there
 * is nothing to wait for. Any other failure, or a wait past the limit, is a {@link StoreException}
 * naming the database (never its password; see {@link ConnectFailure}). Not thread-safe (use once).
 */
final class LockWaitingConnector {

    /** H2's {@code ErrorCode.DATABASE_ALREADY_OPEN_1}. */
    private static final int H2_ALREADY_OPEN = 90020;
    private static final long POLL_MILLIS = 100;

    private final DatabaseTarget target;
    private final String connectUrl;
    private final Duration wait;

    /** Connects to the target's URL as tuned by {@link H2ConnectUrl}; messages name it. */
    LockWaitingConnector(DatabaseTarget target, Duration wait) {
        this(target.url(), target, wait);
    }

    /** Connects to {@code connectUrl} (tuned by {@link H2ConnectUrl}) as the target's user; messages name the target's URL. */
    LockWaitingConnector(String connectUrl, DatabaseTarget target, Duration wait) {
        this.target = target;
        this.connectUrl = H2ConnectUrl.of(connectUrl);
        this.wait = wait;
    }

    Connection connect() {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return DriverManager.getConnection(connectUrl, target.connectionProperties());
            } catch (SQLException e) {
                if (target.dialect() != StoreDialect.H2 || e.getErrorCode() != H2_ALREADY_OPEN) {
                    throw ConnectFailure.of(target, e);
                }
                if (System.nanoTime() >= deadline) {
                    throw new StoreException("the history database " + target.display() + " is in use by another process"
                            + " (waited " + wait.toSeconds() + " s); try again when it has finished", e);
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the history database");
        }
    }
}

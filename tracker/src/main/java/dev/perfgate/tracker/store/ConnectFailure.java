package dev.perfgate.tracker.store;

import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Turns a failed connection to a history database into one sentence that says what is wrong
 * and what to check: the server cannot be reached, it refused the login, or the database is not
 * there (PostgreSQL's SQL states 08xxx, 28xxx and 3D000). The driver's own words follow; the
 * password never appears. Stateless.
 */
final class ConnectFailure {

    private ConnectFailure() {}

    static StoreException of(DatabaseTarget target, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String driver = target.mask(HistoryStore.rootMessage(e));
        String where = target.display();
        String message;
        if (target.dialect() != StoreDialect.POSTGRESQL) {
            message = "cannot open the history database " + where + ": " + target.mask(e.getMessage());
        } else if (state.equals("3D000")) {
            message = "cannot open the history database " + where + ": the database does not exist on that server ("
                    + driver + "); create it first (createdb, or CREATE DATABASE): perfgate creates its tables,"
                    + " not the database";
        } else if (state.startsWith("28") || isMissingPassword(e)) {
            message = "cannot open the history database " + where + ": the server refused the login"
                    + (target.user() == null ? "" : " of user \"" + target.user() + "\"") + " (" + driver
                    + "); check --db-user and --db-password-file, PGUSER and PGPASSWORD, or the URL's user and password";
        } else if (state.startsWith("08") || hasCause(e, UnknownHostException.class)) {
            message = "cannot open the history database " + where + ": cannot reach the PostgreSQL server (" + driver
                    + "); check the host and port in --db (or PERFGATE_DB, PGHOST, PGPORT) and that the server is running"
                    + " and accepts TCP connections";
        } else {
            message = "cannot open the history database " + where + ": " + driver;
        }
        return new StoreException(message, e);
    }

    /** pgjdbc says so with CONNECTION_REJECTED (08004) when the server asks for a password nobody gave. */
    private static boolean isMissingPassword(SQLException e) {
        String text = String.valueOf(e.getMessage());
        return text.contains("no password was provided") || text.contains("password-based authentication");
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}

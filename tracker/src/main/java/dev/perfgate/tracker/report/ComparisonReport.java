package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Gate;
import dev.perfgate.tracker.store.DatabaseTarget;
import dev.perfgate.tracker.store.HistoryStore;
import dev.perfgate.tracker.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one call a command makes to turn a comparison into a report directory ({@code compare
 * --report DIR}, the benchmarks launcher): history trends come from the database when it exists
 * and can be opened, and are left out, with a line saying why, when it cannot. A report never
 * creates a database as a side effect. Stateless and thread-safe.
 */
public final class ComparisonReport {

    private ComparisonReport() {}

    /**
     * Writes the report for {@code comparison} into {@code directory}. {@code databaseUrl} (may be
     * {@code null}) is the history database; {@code log} gets one line when trends are left out.
     */
    public static WrittenReport write(Comparison comparison, Path directory, String databaseUrl, PrintWriter log)
            throws IOException {
        return write(comparison, Gate.REGRESSION, directory, databaseUrl, log);
    }

    /** As {@link #write(Comparison, Path, String, PrintWriter)}, the top of the page saying what {@code gate} made of it. */
    public static WrittenReport write(Comparison comparison, Gate gate, Path directory, String databaseUrl,
            PrintWriter log) throws IOException {
        DatabaseTarget target;
        try {
            target = databaseUrl == null ? null : DatabaseTarget.of(databaseUrl);
        } catch (StoreException e) {
            log.println("report: " + e.getMessage() + "; trend charts left out");
            return write(comparison, gate, directory, TrendSource.none());
        }
        return write(comparison, gate, directory, target, log);
    }

    /** As {@link #write(Comparison, Path, String, PrintWriter)} for a database and who to connect as ({@code null}: none). */
    public static WrittenReport write(Comparison comparison, Path directory, DatabaseTarget database, PrintWriter log)
            throws IOException {
        return write(comparison, Gate.REGRESSION, directory, database, log);
    }

    /** As {@link #write(Comparison, Gate, Path, String, PrintWriter)} for a database and who to connect as ({@code null}: none). */
    public static WrittenReport write(Comparison comparison, Gate gate, Path directory, DatabaseTarget database,
            PrintWriter log) throws IOException {
        if (database == null || !exists(database.url())) {
            log.println("report: no history database" + (database == null ? "" : " at " + database.display())
                    + "; trend charts left out");
            return write(comparison, gate, directory, TrendSource.none());
        }
        HistoryStore store;
        try {
            store = HistoryStore.openExisting(database, HistoryStore.DEFAULT_LOCK_WAIT);
        } catch (StoreException e) {
            log.println("report: " + e.getMessage() + "; trend charts left out");
            return write(comparison, gate, directory, TrendSource.none());
        }
        try (store) {
            StoreTrends trends = new StoreTrends(store);
            return write(trends.withStoredCurrent(comparison), gate, directory, trends, new StoreChangeNotes(store, MAIN));
        }
    }

    /** The branch whose history a regression is checked against. */
    static final String MAIN = "main";

    private static WrittenReport write(Comparison comparison, Gate gate, Path directory, TrendSource trends)
            throws IOException {
        return write(comparison, gate, directory, trends, ChangeNotes.none());
    }

    private static WrittenReport write(Comparison comparison, Gate gate, Path directory, TrendSource trends,
            ChangeNotes notes) throws IOException {
        return new ReportWriter().write(new ReportBuilder(trends, notes).build(comparison, gate), directory);
    }

    /**
     * Whether opening the URL would find an existing database rather than create one. Only an
     * embedded H2 file can be checked from here; other databases (a server) are assumed to exist.
     */
    static boolean exists(String databaseUrl) {
        String url = databaseUrl.trim();
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:")) {
            return true;
        }
        String path = url.substring("jdbc:h2:".length());
        if (path.toLowerCase(Locale.ROOT).startsWith("file:")) {
            path = path.substring("file:".length());
        }
        int settings = path.indexOf(';');
        if (settings >= 0) {
            path = path.substring(0, settings);
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Files.exists(Path.of(path + ".mv.db"));
    }
}

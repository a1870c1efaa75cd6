package dev.perfgate.tracker.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.flywaydb.core.Flyway;

/**
 * Flyway, configured for one database with the schema's migrations: the SQL ones in
 * {@code db/migration} and the Java ones. Setting Flyway up costs a short-lived JVM about half a
 * second of CPU before it touches the database (its plugins copy their configuration through
 * Jackson databind), so {@link #ahead} builds it on a background thread while an ingest reads its
 * files, when the database is an H2 file that does not exist yet: the one case that is sure to
 * migrate. Everywhere else it is built only when the schema turns out to be behind. Thread-safe
 * (the built Flyway is used by the thread that opens the store).
 */
final class SchemaMigrator {

    private final FutureTask<Flyway> flyway;

    private SchemaMigrator(FutureTask<Flyway> flyway) {
        this.flyway = flyway;
    }

    /** A migrator built when first asked for, on the asking thread. */
    static SchemaMigrator lazy(DatabaseTarget target) {
        return new SchemaMigrator(new FutureTask<>(() -> configure(target)));
    }

    /** A migrator built now on a background thread when the target is a new H2 file, else {@link #lazy}. */
    static SchemaMigrator ahead(DatabaseTarget target) {
        SchemaMigrator migrator = lazy(target);
        Path file = target.dialect() == StoreDialect.H2 ? H2FileCheck.databaseFileOf(target.url()) : null;
        if (file != null && !Files.exists(file)) {
            Thread thread = new Thread(migrator.flyway, "perfgate-schema");
            thread.setDaemon(true); // never keeps a failing command line alive
            thread.start();
        }
        return migrator;
    }

    /** Applies every migration the database lacks. */
    void migrate() {
        flyway.run(); // does nothing when the background thread has started or finished it
        try {
            flyway.get().migrate();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while preparing the schema migrations", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Flyway configure(DatabaseTarget target) {
        return Flyway.configure().dataSource(target.url(), target.user(), target.password())
                .locations("classpath:db/migration").javaMigrations(new CompactResultsMigration())
                .load();
    }
}

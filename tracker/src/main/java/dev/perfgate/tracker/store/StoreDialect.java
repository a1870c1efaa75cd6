package dev.perfgate.tracker.store;

import java.util.Locale;

/**
 * The databases the history lives in, told apart by the JDBC URL's prefix: an embedded (or
 * server) H2 database, or a PostgreSQL server. The migrations in {@code db/migration} are plain
 * SQL both accept; what differs is around them: H2 files are checked and waited for, PostgreSQL
 * takes credentials from the standard {@code PG*} environment variables and reports its login
 * failures by SQL state. Immutable.
 */
public enum StoreDialect {
    H2("jdbc:h2:"),
    POSTGRESQL("jdbc:postgresql:");

    private final String prefix;

    StoreDialect(String prefix) {
        this.prefix = prefix;
    }

    /** The URL prefix that selects this dialect. */
    public String prefix() {
        return prefix;
    }

    /** The dialect of a JDBC URL; any other database is a {@link StoreException} naming the ones supported. */
    public static StoreDialect of(String url) {
        String lower = url.trim().toLowerCase(Locale.ROOT);
        for (StoreDialect dialect : values()) {
            if (lower.startsWith(dialect.prefix)) {
                return dialect;
            }
        }
        throw new StoreException("unsupported history database URL " + DatabaseTarget.maskUrl(url)
                + ": perfgate keeps its history in H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql://host:port/database)");
    }
}

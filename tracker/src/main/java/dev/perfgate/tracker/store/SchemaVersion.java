package dev.perfgate.tracker.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.TreeSet;

/**
 * The migrations Flyway has applied to a database, read from its {@code flyway_schema_history}
 * table with plain JDBC: loading Jdbi or Flyway just to ask costs a small ingest a fifth of its
 * time. Versions compare as numbers ({@code 3} after {@code 2}, {@code 2.1} between). Immutable.
 */
final class SchemaVersion {

    private final TreeSet<BigDecimal> applied;

    private SchemaVersion(TreeSet<BigDecimal> applied) {
        this.applied = applied;
    }

    static SchemaVersion of(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData()
                .getTables(null, null, "flyway_schema_history", new String[] {"TABLE"})) {
            if (!tables.next()) {
                return new SchemaVersion(new TreeSet<>()); // a new database: asking the table would only log an error
            }
        }
        TreeSet<BigDecimal> applied = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT \"version\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                applied.add(parse(rows.getString(1)));
            }
        }
        return new SchemaVersion(applied);
    }

    boolean isEmpty() {
        return applied.isEmpty();
    }

    boolean has(String version) {
        return applied.contains(new BigDecimal(version));
    }

    /** Whether a migration newer than {@code version} was applied: a later tracker's schema. */
    boolean newerThan(String version) {
        return !applied.isEmpty() && applied.last().compareTo(new BigDecimal(version)) > 0;
    }

    String newest() {
        return applied.isEmpty() ? "none" : applied.last().toPlainString();
    }

    private static BigDecimal parse(String version) throws SQLException {
        try {
            return new BigDecimal(version.trim());
        } catch (NumberFormatException e) {
            throw new SQLException("flyway_schema_history holds a version that is not a number: " + version, e);
        }
    }
}

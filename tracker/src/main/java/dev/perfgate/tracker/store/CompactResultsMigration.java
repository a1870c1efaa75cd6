package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Latencies;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema 2, after {@code db/migration/V1__history.sql}: a benchmark result becomes one row. Its
 * iterations move from the {@code iteration} table into an {@link IterationBlock} in
 * {@code benchmark_result.iterations}, its percentiles and secondary metrics from
 * {@code jmh_percentile} and {@code secondary_metric} into JSON text in
 * {@code benchmark_result.percentiles} and {@code .secondary} ({@link JsonColumn}), and the three
 * tables are dropped. A 20,000-benchmark ingest wrote 280,000 rows in schema 1 and spent most of
 * its time in H2's row and index maintenance; it writes 20,000 now.
 *
 * <p>Java, not SQL, because no SQL portable between H2 and PostgreSQL can build the blocks. The
 * SQL it runs is plain (BYTEA, VARCHAR, {@code ALTER COLUMN … SET NOT NULL}) and the data is
 * copied through JDBC, so it runs on both; the stored histogram bytes are copied unchanged.
 * Everything runs in Flyway's transaction (on H2, the DDL commits as it goes). Reads the three
 * old tables in result order side by side, so memory stays that of one result. Stateless.
 */
final class CompactResultsMigration implements JavaMigration {

    static final String VERSION = "2";

    /** The JSON columns' length: H2's longest VARCHAR, more than any schema-1 result's metrics need. */
    static final int JSON_COLUMN = 1_000_000;

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(VERSION);
    }

    @Override
    public String getDescription() {
        return "one row per benchmark result";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE benchmark_result ADD COLUMN iterations BYTEA");
            ddl.execute("ALTER TABLE benchmark_result ADD COLUMN percentiles VARCHAR(" + JSON_COLUMN + ")");
            ddl.execute("ALTER TABLE benchmark_result ADD COLUMN secondary VARCHAR(" + JSON_COLUMN + ")");
            copyRows(connection);
            for (String column : List.of("iterations", "percentiles", "secondary")) {
                ddl.execute("ALTER TABLE benchmark_result ALTER COLUMN " + column + " SET NOT NULL");
            }
            ddl.execute("DROP TABLE iteration");
            ddl.execute("DROP TABLE jmh_percentile");
            ddl.execute("DROP TABLE secondary_metric");
        }
    }

    private static void copyRows(Connection connection) throws SQLException {
        try (Statement r = connection.createStatement();
                Statement i = connection.createStatement();
                Statement p = connection.createStatement();
                Statement s = connection.createStatement();
                ResultSet results = r.executeQuery("SELECT id FROM benchmark_result ORDER BY id");
                ResultSet iterations = i.executeQuery("SELECT result_id, fork, iteration, score, histogram "
                        + "FROM iteration ORDER BY result_id, fork, iteration");
                ResultSet percentiles = p.executeQuery("SELECT result_id, percentile_rank, jmh_value "
                        + "FROM jmh_percentile ORDER BY result_id, percentile_rank");
                ResultSet secondary = s.executeQuery("SELECT result_id, name, score, score_error, unit "
                        + "FROM secondary_metric ORDER BY result_id, name");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE benchmark_result SET iterations = ?, percentiles = ?, secondary = ? WHERE id = ?")) {
            Cursor its = new Cursor(iterations);
            Cursor pcs = new Cursor(percentiles);
            Cursor sec = new Cursor(secondary);
            int pending = 0;
            while (results.next()) {
                long id = results.getLong(1);
                List<Iteration> block = new ArrayList<>();
                while (its.at(id)) {
                    byte[] histogram = iterations.getBytes(5);
                    block.add(new Iteration(iterations.getInt(2), iterations.getInt(3), iterations.getDouble(4),
                            histogram == null ? null : Latencies.ofCompressed(histogram)));
                    its.advance();
                }
                SortedMap<Double, Double> ranks = new TreeMap<>();
                while (pcs.at(id)) {
                    ranks.put(percentiles.getDouble(2), percentiles.getDouble(3));
                    pcs.advance();
                }
                SortedMap<String, SecondaryMetric> metrics = new TreeMap<>();
                while (sec.at(id)) {
                    String name = secondary.getString(2);
                    metrics.put(name, new SecondaryMetric(name, secondary.getDouble(3), secondary.getDouble(4),
                            secondary.getString(5)));
                    sec.advance();
                }
                update.setBytes(1, IterationBlock.encode(block));
                update.setString(2, JsonColumn.ofPercentiles(ranks));
                update.setString(3, JsonColumn.ofSecondary(metrics));
                update.setLong(4, id);
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    /** One of the old child tables, read in result order: the rows of one result at a time. */
    private static final class Cursor {
        private final ResultSet rows;
        private boolean more;

        Cursor(ResultSet rows) throws SQLException {
            this.rows = rows;
            this.more = rows.next();
        }

        /** Whether the current row belongs to result {@code id}; rows of results before it cannot exist (foreign key). */
        boolean at(long id) throws SQLException {
            return more && rows.getLong(1) == id;
        }

        void advance() throws SQLException {
            more = rows.next();
        }
    }
}

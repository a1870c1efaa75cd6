package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made by schema 1 (a row per iteration, percentile and secondary metric), holding
 * corpus files of every mode as runs, is migrated to schema 2 on open and reads back exactly the runs
 * that were written into it; the old tables are gone.
 */
class SchemaMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aSchemaOneDatabaseKeepsEveryRunThroughTheMigration() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
        assertMigratesIntact(url);
        try (Connection connection = DriverManager.getConnection(url)) {
            for (String gone : List.of("ITERATION", "JMH_PERCENTILE", "SECONDARY_METRIC")) {
                try (ResultSet tables = connection.getMetaData().getTables(null, null, gone, null)) {
                    assertThat(tables.next()).as(gone).isFalse();
                }
            }
            try (ResultSet versions = connection.createStatement().executeQuery(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                List<String> applied = new ArrayList<>();
                while (versions.next()) {
                    applied.add(versions.getString(1));
                }
                assertThat(applied).containsExactly("1", "2", "3");
            }
        }
    }

    @Test
    void theMigrationAlsoRunsInH2sPostgreSqlMode() throws Exception {
        // Not PostgreSQL itself (no server here), but H2 parsing as PostgreSQL, lower-case names included.
        assertMigratesIntact("jdbc:h2:mem:migrate;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
    }

    @Test
    void anEmptySchemaOneDatabaseMigrates() {
        String url = "jdbc:h2:file:" + dir.resolve("empty").toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("1").load().migrate();
        try (HistoryStore store = HistoryStore.open(url)) {
            assertThat(store.runs()).isEmpty();
        }
    }

    private void assertMigratesIntact(String url) throws Exception {
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("1").load().migrate();
        List<Run> originals = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url)) {
            for (Path file : corpus()) {
                Run run = new JmhResultReader().read(file);
                originals.add(run);
                ids.add(SchemaOneWriter.insert(connection, run));
            }
        }
        assertThat(originals.stream().flatMap(run -> run.results().stream()).flatMap(r -> r.iterations().stream()))
                .as("the corpus has sample-mode histograms").anyMatch(Iteration::hasLatencies);

        try (HistoryStore store = HistoryStore.open(url)) {
            assertThat(store.runs()).extracting(RunInfo::id).containsExactlyInAnyOrderElementsOf(ids);
            for (int i = 0; i < ids.size(); i++) {
                Run loaded = store.load(ids.get(i));
                assertThat(loaded.info().environment()).isEqualTo(originals.get(i).info().environment());
                assertThat(loaded.results()).isEqualTo(originals.get(i).results());
            }
            BenchmarkResult first = originals.get(0).results().get(0);
            assertThat(store.history(first.key())).hasSize(1);
            long next = store.save(originals.get(0));
            assertThat(next).isGreaterThan(ids.get(ids.size() - 1));
            assertThat(store.load(next).results()).isEqualTo(originals.get(0).results());
        }
    }

    /** Sample mode with histograms, every mode, and secondary metrics with "NaN" errors: what the columns hold. */
    private static List<Path> corpus() {
        return List.of(JmhCorpus.PG_CLIENT, JmhCorpus.HOLLOW,
                JmhCorpus.DIR.resolve("tkrs__jmh-template__jmh-result.json"),
                JmhCorpus.DIR.resolve("jabrena__101-jmh__jmh-results.json"));
    }

    /** What schema 1's writer stored: a row per result, iteration, percentile and secondary metric. */
    private static final class SchemaOneWriter {

        static long insert(Connection connection, Run run) throws SQLException {
            RunInfo info = run.info();
            long runId;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO run (run_time, commit_sha, branch, label, jvm_name, jvm_version, jdk_version,
                                     jvm_args, jmh_version, os_name, os_arch, cpu_model, cores, memory_bytes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"})) {
                var env = info.environment();
                insert.setObject(1, OffsetDateTime.ofInstant(info.time(), ZoneOffset.UTC));
                insert.setString(2, "c1");
                insert.setString(3, null);
                insert.setString(4, null);
                insert.setString(5, env.jvmName());
                insert.setString(6, env.jvmVersion());
                insert.setString(7, env.jdkVersion());
                insert.setString(8, JsonColumn.of(env.jvmArgs()));
                insert.setString(9, env.jmhVersion());
                insert.setString(10, env.osName());
                insert.setString(11, env.osArch());
                insert.setString(12, env.cpuModel());
                insert.setInt(13, env.cores());
                insert.setLong(14, env.memoryBytes());
                runId = idOf(insert);
            }
            for (BenchmarkResult result : run.results()) {
                long resultId;
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO benchmark_result (run_id, benchmark, mode, params, threads, unit, jmh_score,
                                                      jmh_score_error)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"})) {
                    insert.setLong(1, runId);
                    insert.setString(2, result.key().benchmark());
                    insert.setString(3, result.key().mode().jmhName());
                    insert.setString(4, JsonColumn.of(result.key().params()));
                    insert.setInt(5, result.key().threads());
                    insert.setString(6, result.unit());
                    insert.setDouble(7, result.jmh().score());
                    insert.setDouble(8, result.jmh().scoreError());
                    resultId = idOf(insert);
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO iteration (result_id, fork, iteration, score, histogram) VALUES (?, ?, ?, ?, ?)")) {
                    for (Iteration it : result.iterations()) {
                        insert.setLong(1, resultId);
                        insert.setInt(2, it.fork());
                        insert.setInt(3, it.iteration());
                        insert.setDouble(4, it.score());
                        insert.setBytes(5, it.hasLatencies() ? it.samples().compressed() : null);
                        insert.executeUpdate();
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO jmh_percentile (result_id, percentile_rank, jmh_value) VALUES (?, ?, ?)")) {
                    for (Map.Entry<Double, Double> p : result.jmh().percentiles().entrySet()) {
                        insert.setLong(1, resultId);
                        insert.setDouble(2, p.getKey());
                        insert.setDouble(3, p.getValue());
                        insert.executeUpdate();
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO secondary_metric "
                        + "(result_id, name, score, score_error, unit) VALUES (?, ?, ?, ?, ?)")) {
                    for (SecondaryMetric m : result.secondary().values()) {
                        insert.setLong(1, resultId);
                        insert.setString(2, m.name());
                        insert.setDouble(3, m.score());
                        insert.setDouble(4, m.scoreError());
                        insert.setString(5, m.unit());
                        insert.executeUpdate();
                    }
                }
            }
            return runId;
        }

        private static long idOf(PreparedStatement insert) throws SQLException {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}

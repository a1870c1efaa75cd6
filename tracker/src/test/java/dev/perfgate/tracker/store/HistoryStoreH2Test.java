package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.model.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HistoryStoreContract} on an embedded H2 file, and what only H2 does. */
class HistoryStoreH2Test extends HistoryStoreContract {

    @TempDir
    Path dir;

    @Override
    String url() {
        return "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
    }

    @Override
    String emptyDatabase() {
        return "jdbc:h2:file:" + dir.resolve("nothing-here/history").toAbsolutePath();
    }

    @Override
    boolean holdsHistoryTables(String url) {
        return Files.exists(H2FileCheck.databaseFileOf(url));
    }

    @Test
    void theSchemaAndQueriesAlsoRunInH2sPostgreSqlMode() {
        // The mode a user without a server might try; HistoryStorePostgresTest runs the real thing.
        String url = "jdbc:h2:mem:pg;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Run original = new JmhResultReader().read(CORPUS.resolve("vietj__pg-client-concurrency-benchmark__jmh-result.json"));
        try (HistoryStore store = HistoryStore.open(url)) {
            long id = store.save(original);
            assertThat(store.load(id).results()).isEqualTo(original.results());
            assertThat(store.history(original.results().get(0).key())).hasSize(1);
            assertThat(store.latest()).isPresent();
        }
    }

    @Test
    void anUnwritableLocationFailsWithTheUrl() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + "/history";
        assertThatThrownBy(() -> HistoryStore.open(url)).isInstanceOf(StoreException.class)
                .hasMessageContaining(url);
    }

    @Test
    void schemaVersionConstantIsTheNewestMigration() throws IOException {
        try (Stream<Path> migrations = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            int newestSql = migrations.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
            int newestJava = Integer.parseInt(new CompactResultsMigration().getVersion().getVersion());
            assertThat(HistoryStore.SCHEMA_VERSION).isEqualTo(String.valueOf(Math.max(newestSql, newestJava)));
        }
    }
}

package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {

    private static final Path CORPUS = JmhCorpus.DIR;

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
    }

    @Test
    void everyCorpusFileRoundTripsExactly() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Run> originals = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (HistoryStore store = HistoryStore.open(url())) {
            for (Path file : files) {
                Run run = new JmhResultReader().read(file);
                originals.add(run);
                ids.add(store.save(run));
            }
        }
        assertThat(ids).doesNotHaveDuplicates().isSorted();
        try (HistoryStore store = HistoryStore.open(url())) {
            for (int i = 0; i < files.size(); i++) {
                Run loaded = store.load(ids.get(i));
                Run original = originals.get(i);
                assertThat(loaded.info().id()).isEqualTo(ids.get(i));
                assertThat(loaded.info().environment()).isEqualTo(original.info().environment());
                assertThat(loaded.info().time()).isCloseTo(original.info().time(), within1ms());
                assertThat(loaded.results()).as(files.get(i).toString()).isEqualTo(original.results());
            }
            assertThat(store.runs()).extracting(RunInfo::id).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(store.latest()).map(run -> run.info().id()).contains(ids.get(ids.size() - 1));
        }
    }

    @Test
    void theSchemaAndQueriesAlsoRunInH2sPostgreSqlMode() {
        // Not PostgreSQL itself (no server here), but H2 parsing as PostgreSQL, lower-case names included.
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
    void historyListsOneKeyOldestFirstAcrossRuns() {
        BenchmarkKey fast = key("a");
        BenchmarkKey other = key("b");
        try (HistoryStore store = HistoryStore.open(url())) {
            long second = store.save(run(Instant.parse("2026-02-01T00:00:00Z"), "c2", result(fast, 2.0), result(other, 9.0)));
            long first = store.save(run(Instant.parse("2026-01-01T00:00:00Z"), "c1", result(fast, 1.0)));

            List<StoredResult> history = store.history(fast);

            assertThat(history).extracting(s -> s.run().id()).containsExactly(first, second);
            assertThat(history).extracting(s -> s.run().commit()).containsExactly("c1", "c2");
            assertThat(history).extracting(s -> s.result().iterations().get(0).score()).containsExactly(1.0, 2.0);
            assertThat(store.history(other)).hasSize(1);
            assertThat(store.history(key("missing"))).isEmpty();
        }
    }

    @Test
    void aFailedSaveStoresNothing() {
        BenchmarkKey good = key("a");
        BenchmarkResult tooLongUnit = new BenchmarkResult(key("b"), "x".repeat(500),
                List.of(new Iteration(0, 0, 1.0, null)), new JmhSummary(1, 0, new TreeMap<>()), null);
        try (HistoryStore store = HistoryStore.open(url())) {
            Run broken = new Run(new RunInfo(0, Instant.now(), null, null, null, null),
                    List.of(result(good, 1.0), tooLongUnit));

            assertThatThrownBy(() -> store.save(broken))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(url())
                    .hasMessageContaining("nothing was stored");
            assertThat(store.runs()).isEmpty();
            assertThat(store.history(good)).isEmpty();
        }
    }

    @Test
    void loadingAMissingRunNamesIt() {
        try (HistoryStore store = HistoryStore.open(url())) {
            assertThatThrownBy(() -> store.load(42)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("no run 42");
            assertThat(store.latest()).isEmpty();
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

    @Test
    void reopeningAnUpToDateDatabaseKeepsItsRuns() {
        long id;
        try (HistoryStore store = HistoryStore.open(url())) {
            id = store.save(run(Instant.parse("2026-01-01T00:00:00Z"), "c1", result(key("a"), 1.0)));
        }
        try (HistoryStore store = HistoryStore.open(url())) {
            assertThat(store.load(id).results()).hasSize(1);
            long next = store.save(run(Instant.parse("2026-01-02T00:00:00Z"), "c2", result(key("a"), 2.0)));
            assertThat(next).isGreaterThan(id);
        }
    }

    private static org.assertj.core.data.TemporalUnitOffset within1ms() {
        return new org.assertj.core.data.TemporalUnitWithinOffset(1, java.time.temporal.ChronoUnit.MILLIS);
    }

    static BenchmarkKey key(String method) {
        return new BenchmarkKey("dev.example.Bench." + method, Mode.AVERAGE_TIME, new TreeMap<>(Map.of("size", "10")), 1);
    }

    static BenchmarkResult result(BenchmarkKey key, double score) {
        return new BenchmarkResult(key, "ns/op", List.of(new Iteration(0, 0, score, null)),
                new JmhSummary(score, Double.NaN, new TreeMap<>(Map.of(50.0, score))), null);
    }

    static Run run(Instant time, String commit, BenchmarkResult... results) {
        return new Run(new RunInfo(0, time, commit, "main", null, null), List.of(results));
    }
}

package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.jmh.JmhResultReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history file cut short is reported, where H2 alone would open an older state and lose runs silently. */
class H2FileIntegrityTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
    }

    private Path storeFourRuns() {
        try (HistoryStore store = HistoryStore.open(url())) {
            for (Path file : new Path[] {JmhCorpus.HOLLOW, JmhCorpus.PG_CLIENT,
                    JmhCorpus.DIR.resolve("tkrs__jmh-template__jmh-result.json"),
                    JmhCorpus.DIR.resolve("chrisgleissner__java-benchmarks__jmh-result-all.json")}) {
                store.save(new JmhResultReader().read(file));
            }
        }
        return dir.resolve("history.mv.db");
    }

    private static void cut(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }

    @Test
    void anIntactFileOpensWithEveryRun() {
        storeFourRuns();
        try (HistoryStore store = HistoryStore.openExisting(url(), HistoryStore.DEFAULT_LOCK_WAIT)) {
            assertThat(store.runs()).hasSize(4);
        }
    }

    @Test
    void aFileTruncatedToHalfIsReportedNotOpenedOlder() throws IOException {
        Path file = storeFourRuns();
        cut(file, Files.size(file) / 2);

        assertThatThrownBy(() -> HistoryStore.openExisting(url(), HistoryStore.DEFAULT_LOCK_WAIT))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("cut short");
        assertThatThrownBy(() -> HistoryStore.open(url())).isInstanceOf(StoreException.class).hasMessageContaining("damaged");
    }

    @Test
    void aFileMissingItsLastBlocksIsReported() throws IOException {
        Path file = storeFourRuns();
        cut(file, Files.size(file) - 5000);

        assertThatThrownBy(() -> HistoryStore.openExisting(url(), HistoryStore.DEFAULT_LOCK_WAIT))
                .isInstanceOf(StoreException.class).hasMessageContaining("newest chunk ends at byte");
    }
}

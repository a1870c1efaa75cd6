package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.jmh.JmhResultReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.h2.mvstore.DataUtils;
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

    @Test
    void aStaleHeaderOverAnIntactFileOpensWithEveryRun() throws IOException {
        Path file = storeFourRuns();
        long inside = firstBlockThatStartsNoChunk(file);
        // What H2 leaves when compaction on close moved chunks: a header naming a block that no longer holds its
        // chunk, and no clean mark. H2 then takes the newest chunk from the footer that ends the file.
        rewriteHeader(file, header -> header.replaceFirst("block:[0-9a-f]+", "block:" + Long.toHexString(inside))
                .replace(",clean:1", ""));

        try (HistoryStore store = HistoryStore.openExisting(url(), HistoryStore.DEFAULT_LOCK_WAIT)) {
            assertThat(store.runs()).hasSize(4);
        }
    }

    @Test
    void aStaleHeaderDoesNotHideATruncation() throws IOException {
        Path file = storeFourRuns();
        long inside = firstBlockThatStartsNoChunk(file);
        rewriteHeader(file, header -> header.replaceFirst("block:[0-9a-f]+", "block:" + Long.toHexString(inside)));
        cut(file, Files.size(file) - 5000);

        assertThatThrownBy(() -> HistoryStore.openExisting(url(), HistoryStore.DEFAULT_LOCK_WAIT))
                .isInstanceOf(StoreException.class).hasMessageContaining("cut short");
    }

    /** A block past the file header that H2's chunks cover but that starts none of them. */
    private static long firstBlockThatStartsNoChunk(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int block = 2; (block + 1) * 4096 < bytes.length; block++) {
            if (!new String(bytes, block * 4096, 6, StandardCharsets.ISO_8859_1).equals("chunk:")) {
                return block;
            }
        }
        throw new AssertionError("every block of " + file + " starts a chunk");
    }

    /** Rewrites both copies of H2's file header as H2 writes them: the fields, their Fletcher-32, a newline. */
    private static void rewriteHeader(Path file, UnaryOperator<String> change) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] block = new byte[4096];
            raf.readFully(block);
            String header = new String(block, StandardCharsets.ISO_8859_1);
            header = header.substring(0, header.indexOf(",fletcher:"));
            byte[] fields = change.apply(header).getBytes(StandardCharsets.ISO_8859_1);
            String written = new String(fields, StandardCharsets.ISO_8859_1) + ",fletcher:"
                    + Integer.toHexString(DataUtils.getFletcher32(fields, 0, fields.length)) + "\n";
            byte[] out = new byte[4096];
            byte[] text = written.getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(text, 0, out, 0, text.length);
            raf.seek(0);
            raf.write(out);
            raf.write(out);
        }
    }
}

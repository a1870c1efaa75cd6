package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.jmh.JmhResultReader;
import dev.perfgate.tracker.jmh.SyntheticSampleResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Run;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sample-mode histograms are stored deflated, inside each result's iteration block: smaller than
 * HdrHistogram's plain encoding, a kilobyte or so per iteration.
 */
class StoredHistogramSizeTest {

    @TempDir
    Path dir;

    @Test
    void storedHistogramsAreCompressed() throws Exception {
        Path json = dir.resolve("synthetic.json");
        SyntheticSampleResult.write(json, 4, 2, 3, 400);
        Run run = new JmhResultReader().read(json);
        long plainBytes = 0;
        int histograms = 0;
        for (var result : run.results()) {
            for (Iteration it : result.iterations()) {
                ByteBuffer buffer = ByteBuffer.allocate(it.latencies().getNeededByteBufferCapacity());
                plainBytes += it.latencies().encodeIntoByteBuffer(buffer);
                histograms++;
            }
        }
        String url = "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
        try (HistoryStore store = HistoryStore.open(url)) {
            store.save(run);
        }

        try (Connection connection = DriverManager.getConnection(url);
             ResultSet sizes = connection.createStatement().executeQuery(
                     "SELECT COUNT(*), SUM(OCTET_LENGTH(iterations)) FROM benchmark_result")) {
            sizes.next();
            assertThat(sizes.getInt(1)).isEqualTo(4);
            assertThat(histograms).isEqualTo(4 * 2 * 3);
            long storedBytes = sizes.getLong(2);
            assertThat(storedBytes).isLessThan(plainBytes);
            assertThat(storedBytes / histograms).isBetween(100L, 2_000L);
        }
    }
}

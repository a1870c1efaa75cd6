package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Latencies;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class IterationBlockTest {

    @Test
    void scoresAndHistogramsRoundTripInOrder() {
        Histogram histogram = new Histogram(3);
        histogram.recordValueWithCount(20_000, 5);
        histogram.recordValue(3_600_000_000_000L);
        List<Iteration> iterations = List.of(new Iteration(0, 0, 1.25, null), new Iteration(0, 1, 0.0, null),
                new Iteration(2, 7, 1e300, Latencies.of(histogram)));

        List<Iteration> read = IterationBlock.decode(IterationBlock.encode(iterations), "result 1");

        assertThat(read).isEqualTo(iterations);
        assertThat(read.get(2).latencies().getTotalCount()).isEqualTo(6);
    }

    @Test
    void histogramBytesAreStoredAsHdrHistogramCompressedThem() {
        Histogram histogram = new Histogram(3);
        histogram.recordValue(42);
        Latencies samples = Latencies.of(histogram);
        byte[] block = IterationBlock.encode(List.of(new Iteration(0, 0, 42, samples)));
        byte[] compressed = samples.compressed();
        assertThat(Arrays.copyOfRange(block, block.length - compressed.length, block.length)).isEqualTo(compressed);
        assertThat(ByteBuffer.wrap(block, 1 + 4 + 16, 4).getInt()).isEqualTo(compressed.length);
    }

    @Test
    void anEmptyResultIsFiveBytes() {
        assertThat(IterationBlock.encode(List.of())).hasSize(5);
        assertThat(IterationBlock.decode(IterationBlock.encode(List.of()), "result 1")).isEmpty();
    }

    @Test
    void aCorruptBlockIsAStoreErrorNamingTheResultAndTheProblem() {
        byte[] good = IterationBlock.encode(List.of(new Iteration(0, 0, 1.0, null), new Iteration(0, 1, 2.0, null)));
        assertThatThrownBy(() -> IterationBlock.decode(Arrays.copyOf(good, good.length - 3), "result 9"))
                .isInstanceOf(StoreException.class).hasMessageContaining("result 9")
                .hasMessageContaining("claims 2 iterations in 42 bytes");
        assertThatThrownBy(() -> IterationBlock.decode(new byte[] {1, 0, 0}, "result 9"))
                .isInstanceOf(StoreException.class).hasMessageContaining("ends early (3 bytes)");
        byte[] wrongFormat = good.clone();
        wrongFormat[0] = 7;
        assertThatThrownBy(() -> IterationBlock.decode(wrongFormat, "result 9"))
                .isInstanceOf(StoreException.class).hasMessageContaining("format byte is 7");
        byte[] longer = Arrays.copyOf(good, good.length + 2);
        assertThatThrownBy(() -> IterationBlock.decode(longer, "result 9"))
                .isInstanceOf(StoreException.class).hasMessageContaining("2 bytes follow");
        byte[] hugeHistogram = IterationBlock.encode(List.of(new Iteration(0, 0, 1.0, null)));
        ByteBuffer.wrap(hugeHistogram).putInt(1 + 4 + 16, 1 << 30);
        assertThatThrownBy(() -> IterationBlock.decode(hugeHistogram, "result 9"))
                .isInstanceOf(StoreException.class).hasMessageContaining("histogram of 1073741824 bytes");
    }
}

package dev.perfgate.tracker.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class HistogramCompressionTest {

    private static Histogram latencies(long seed, int samples) {
        SplittableRandom random = new SplittableRandom(seed);
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < samples; i++) {
            histogram.recordValue((long) (20_000 * Math.exp(random.nextGaussian() * 0.5)));
        }
        return histogram;
    }

    @Test
    void writesExactlyHdrHistogramsOwnCompressedFormat() {
        for (long seed = 1; seed <= 5; seed++) {
            Histogram histogram = latencies(seed, 50_000);
            ByteBuffer library = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
            int length = histogram.encodeIntoCompressedByteBuffer(library, HistogramCompression.LEVEL);

            assertThat(HistogramCompression.compress(histogram)).isEqualTo(Arrays.copyOf(library.array(), length));
        }
    }

    @Test
    void roundTripsIncludingHistogramsLargerThanTheFirstBuffer() throws Exception {
        Histogram small = latencies(7, 100);
        Histogram wide = new Histogram(3);
        wide.recordValue(1);
        wide.recordValue(3_600_000_000_000L);
        for (Histogram histogram : new Histogram[] {small, wide, small}) {
            byte[] bytes = HistogramCompression.compress(histogram);
            Histogram decoded = HistogramCompression.decompress(bytes);
            assertThat(decoded).isEqualTo(histogram);
            assertThat(Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0)).isEqualTo(histogram);
        }
        assertThat(HistogramCompression.compress(small).length).isLessThan(1000);
    }

    @Test
    void corruptBytesAreADataFormatException() {
        assertThatThrownBy(() -> HistogramCompression.decompress(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}))
                .isInstanceOf(DataFormatException.class);
    }
}

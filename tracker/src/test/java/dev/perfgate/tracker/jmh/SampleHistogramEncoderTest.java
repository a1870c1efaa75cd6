package dev.perfgate.tracker.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.model.HistogramCompression;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class SampleHistogramEncoderTest {

    /** What the reader built before: a histogram sized to the largest sample, every pair recorded. */
    private static Histogram recorded(long[] nanos, long[] counts) {
        long largest = 2;
        for (long value : nanos) {
            largest = Math.max(largest, value);
        }
        Histogram histogram = new Histogram(1, largest, LatencySamples.SIGNIFICANT_DIGITS);
        histogram.setAutoResize(true);
        for (int i = 0; i < nanos.length; i++) {
            histogram.recordValueWithCount(nanos[i], counts[i]);
        }
        return histogram;
    }

    private static byte[] libraryBytes(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer, HistogramCompression.LEVEL);
        return Arrays.copyOf(buffer.array(), length);
    }

    private static void assertSameAsLibrary(long[] nanos, long[] counts) throws Exception {
        Histogram expected = recorded(nanos, counts);
        byte[] bytes = SampleHistogramEncoder.encode(nanos, counts).compressed();
        assertThat(bytes).as("values %s counts %s", Arrays.toString(nanos), Arrays.toString(counts))
                .isEqualTo(libraryBytes(expected));
        assertThat(Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0)).isEqualTo(expected);
    }

    @Test
    void writesHdrHistogramsOwnBytesForJmhLikeIterations() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(600);
            long[] nanos = new long[size];
            long[] counts = new long[size];
            long value = random.nextLong(50_000);
            for (int i = 0; i < size; i++) {
                value += 1 + random.nextLong(Math.max(1, value / (1 + random.nextInt(2000))));
                nanos[i] = value;
                counts[i] = 1 + random.nextLong(500);
            }
            assertSameAsLibrary(nanos, counts);
        }
    }

    @Test
    void mergesPairsOfOneBucketAndSortsUnorderedValues() throws Exception {
        // 100_000 and 100_010 share a bucket (width 32 there); zero, one and the sub-bucket edges too.
        assertSameAsLibrary(new long[] {100_010, 0, 100_000, 2047, 2048, 1, 4095, 4096},
                new long[] {3, 1, 4, 1, 5, 9, 2, 6});
        SplittableRandom random = new SplittableRandom(5);
        long[] nanos = random.longs(300, 0, 10_000_000).toArray();
        long[] counts = random.longs(300, 1, 10).toArray();
        assertSameAsLibrary(nanos, counts);
    }

    @Test
    void everyBucketEdgeAndNumberWidth() throws Exception {
        for (int power = 1; power < 61; power++) {
            long edge = 1L << power;
            // Counts beyond 2^56 take all nine bytes of HdrHistogram's variable-length numbers.
            assertSameAsLibrary(new long[] {edge - 1, edge, edge + 1}, new long[] {1L << (power - 1), 1, 1L << 57});
        }
    }

    @Test
    void aSingleSampleAndASingleZero() throws Exception {
        assertSameAsLibrary(new long[] {20_000}, new long[] {1});
        assertSameAsLibrary(new long[] {0}, new long[] {7});
        assertSameAsLibrary(new long[] {Long.MAX_VALUE / 4 - 1}, new long[] {1});
    }
}

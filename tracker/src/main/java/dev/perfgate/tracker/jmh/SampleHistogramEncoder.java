package dev.perfgate.tracker.jmh;

import dev.perfgate.tracker.model.HistogramCompression;
import dev.perfgate.tracker.model.Latencies;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Writes the HdrHistogram of one iteration's samples straight from its (nanoseconds, count)
 * pairs into HdrHistogram's compressed V2 encoding: byte for byte what
 * {@code new Histogram(1, max(2, largest), 3)}, recording every pair and
 * {@code encodeIntoCompressedByteBuffer}, would give, without the histogram's counts array. That
 * array is ~100 KB whatever the number of pairs; for thousands of iterations it was hundreds of
 * MB to allocate, zero, scan and collect in a short-lived JVM, while an iteration has a few hundred
 * pairs. Thread-safe (state is per thread).
 */
final class SampleHistogramEncoder {

    /** 3 significant digits, lowest discernible value 1: 2048 sub-buckets, the lower half shared. */
    private static final int SUB_BUCKET_HALF_COUNT_MAGNITUDE = 10;
    private static final int SUB_BUCKET_HALF_COUNT = 1 << SUB_BUCKET_HALF_COUNT_MAGNITUDE;
    private static final long SUB_BUCKET_MASK = (2L << SUB_BUCKET_HALF_COUNT_MAGNITUDE) - 1;
    private static final int LEADING_ZERO_COUNT_BASE = 64 - SUB_BUCKET_HALF_COUNT_MAGNITUDE - 1;
    private static final int HEADER_BYTES = 40;
    /** ZigZag LEB128-64b9B: at most 9 bytes a number. */
    private static final int MAX_NUMBER_BYTES = 9;

    private SampleHistogramEncoder() {}

    /**
     * The samples of {@code nanos[i]} occurring {@code counts[i]} times; values non-negative and
     * below {@code Long.MAX_VALUE / 4}, counts positive.
     */
    static Latencies encode(long[] nanos, long[] counts) {
        int size = nanos.length;
        int[] order = ascending(nanos);
        long largest = size == 0 ? 0 : nanos[at(order, size - 1)];
        ByteBuffer plain = HistogramCompression.plainBuffer(HEADER_BYTES + (2 * size + 1) * MAX_NUMBER_BYTES);
        plain.putInt(HistogramCompression.PLAIN_COOKIE);
        plain.putInt(0); // payload length, set below
        plain.putInt(0); // normalizing index offset
        plain.putInt(LatencySamples.SIGNIFICANT_DIGITS);
        plain.putLong(1); // lowest discernible value
        plain.putLong(Math.max(2, largest)); // highest trackable value, as the histogram was sized
        plain.putDouble(1.0); // integer-to-double conversion ratio
        // Counts by index, up to the largest value's; pairs in ascending order share an index in a run.
        int next = 0;
        int index = -1;
        long count = 0;
        for (int k = 0; k < size; k++) {
            int pairIndex = countsIndex(nanos[at(order, k)]);
            if (pairIndex != index && index >= 0) {
                next = putCount(plain, next, index, count);
                count = 0;
            }
            index = pairIndex;
            count += counts[at(order, k)];
        }
        if (index >= 0) {
            putCount(plain, next, index, count);
        }
        int length = plain.position();
        plain.putInt(4, length - HEADER_BYTES);
        return Latencies.ofCompressed(HistogramCompression.deflate(plain.array(), length));
    }

    /**
     * Writes the count at {@code index} after the empty slots since {@code next} (a run of n > 1
     * empty slots is written as -n) and returns the slot after it.
     */
    private static int putCount(ByteBuffer plain, int next, int index, long count) {
        int empty = index - next;
        if (empty > 0) {
            putZigZag(plain, empty == 1 ? 0 : -empty);
        }
        putZigZag(plain, count);
        return index + 1;
    }

    /** HdrHistogram's counts-array index of a value (3 significant digits, lowest discernible value 1). */
    private static int countsIndex(long value) {
        int bucket = LEADING_ZERO_COUNT_BASE - Long.numberOfLeadingZeros(value | SUB_BUCKET_MASK);
        int subBucket = (int) (value >>> bucket);
        return ((bucket + 1) << SUB_BUCKET_HALF_COUNT_MAGNITUDE) + subBucket - SUB_BUCKET_HALF_COUNT;
    }

    /** HdrHistogram's ZigZag LEB128-64b9B: 7 bits a byte, the ninth byte carrying 8. */
    private static void putZigZag(ByteBuffer buffer, long value) {
        long zigZag = (value << 1) ^ (value >> 63);
        for (int shift = 0; shift < 56; shift += 7) {
            if (zigZag >>> (shift + 7) == 0) {
                buffer.put((byte) (zigZag >>> shift));
                return;
            }
            buffer.put((byte) ((zigZag >>> shift) & 0x7F | 0x80));
        }
        buffer.put((byte) (zigZag >>> 56));
    }

    /** {@code null} when the values already ascend (JMH writes them so), else the ascending order. */
    private static int[] ascending(long[] nanos) {
        int size = nanos.length;
        for (int i = 1; i < size; i++) {
            if (nanos[i] < nanos[i - 1]) {
                return IntStream.range(0, size).boxed().sorted(Comparator.comparingLong(k -> nanos[k]))
                        .mapToInt(Integer::intValue).toArray();
            }
        }
        return null;
    }

    private static int at(int[] order, int k) {
        return order == null ? k : order[k];
    }
}

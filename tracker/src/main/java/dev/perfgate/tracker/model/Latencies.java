package dev.perfgate.tracker.model;

import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * One iteration's latency samples: an HdrHistogram in integer nanoseconds, held as whichever of
 * its two forms it was made from and turning into the other only on first use. Ingest builds
 * each iteration's compressed bytes straight from JMH's (value, count) pairs and stores them, so
 * the ~100 KB counts array of a decoded histogram (hundreds of MB for a large sample-mode file)
 * never exists; statistics, charts and baselines decode it when they first ask.
 *
 * <p>The compressed form is HdrHistogram's own V2 compressed encoding
 * ({@code encodeIntoCompressedByteBuffer}, see {@link HistogramCompression}). Equality is that of
 * the decoded histograms. Thread-safe: both forms are published safely; the decoded histogram is
 * shared and must be treated as read-only.
 */
public final class Latencies {

    private volatile byte[] compressed;
    private volatile Histogram histogram;

    private Latencies(byte[] compressed, Histogram histogram) {
        this.compressed = compressed;
        this.histogram = histogram;
    }

    /** Wraps a histogram, which must no longer change; it is compressed when first stored. */
    public static Latencies of(Histogram histogram) {
        if (histogram == null) {
            throw new NullPointerException("histogram");
        }
        return new Latencies(null, histogram);
    }

    /**
     * Wraps HdrHistogram's compressed encoding, decoded on first use; a corrupt encoding fails
     * then, with an {@link IllegalArgumentException}. The array must no longer change.
     */
    public static Latencies ofCompressed(byte[] compressed) {
        if (compressed == null) {
            throw new NullPointerException("compressed");
        }
        return new Latencies(compressed, null);
    }

    /**
     * Both forms at once, when the histogram was just decoded from {@code compressed} (a stored
     * histogram): the bytes are kept, so writing it again (a copy to another database) writes the
     * very bytes that were read. Neither may change afterwards.
     */
    public static Latencies ofBoth(byte[] compressed, Histogram histogram) {
        if (compressed == null || histogram == null) {
            throw new NullPointerException(compressed == null ? "compressed" : "histogram");
        }
        return new Latencies(compressed, histogram);
    }

    /** HdrHistogram's compressed encoding; the array is shared, do not change it. */
    public byte[] compressed() {
        byte[] bytes = compressed;
        if (bytes == null) {
            bytes = HistogramCompression.compress(histogram);
            compressed = bytes; // a racing thread computes identical bytes
        }
        return bytes;
    }

    /** The histogram (auto-resizing, values in nanoseconds), decoded on first use; do not change it. */
    public Histogram histogram() {
        Histogram decoded = histogram;
        if (decoded == null) {
            synchronized (this) { // decode once: a decoded histogram is large
                decoded = histogram;
                if (decoded == null) {
                    try {
                        decoded = HistogramCompression.decompress(compressed);
                    } catch (DataFormatException e) {
                        throw new IllegalArgumentException("corrupt compressed histogram: " + e.getMessage(), e);
                    }
                    histogram = decoded;
                }
            }
        }
        return decoded;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Latencies that && histogram().equals(that.histogram());
    }

    @Override
    public int hashCode() {
        return histogram().hashCode();
    }

    @Override
    public String toString() {
        return "Latencies[" + histogram().getTotalCount() + " samples]";
    }
}

package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.HistogramCompression;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * The stored form of a latency histogram: HdrHistogram's compressed encoding (see
 * {@link HistogramCompression}), so a stored histogram is a few hundred bytes and readable by
 * HdrHistogram's own tools; a corrupt one is a {@link StoreException} naming where it was found.
 * Stateless and thread-safe.
 */
final class HistogramCodec {

    /** HdrHistogram's V2 compressed cookie for 8-byte counts. */
    static final int COMPRESSED_COOKIE = HistogramCompression.COMPRESSED_COOKIE;
    /** The deflate level of the stored bytes. */
    static final int LEVEL = HistogramCompression.LEVEL;

    private HistogramCodec() {}

    static byte[] encode(Histogram histogram) {
        return HistogramCompression.compress(histogram);
    }

    static Histogram decode(byte[] bytes, String where) {
        try {
            return HistogramCompression.decompress(bytes);
        } catch (DataFormatException e) {
            throw new StoreException("corrupt histogram in " + where + ": " + e.getMessage(), e);
        }
    }
}

package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.HistogramCompression;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * Reads a stored latency histogram: HdrHistogram's compressed encoding (written by
 * {@link HistogramCompression}, so a stored histogram is a few hundred bytes and readable by
 * HdrHistogram's own tools); a corrupt one is a {@link StoreException} naming where it was found.
 * Stateless and thread-safe.
 */
final class HistogramCodec {

    private HistogramCodec() {}

    static Histogram decode(byte[] bytes, String where) {
        try {
            return HistogramCompression.decompress(bytes);
        } catch (DataFormatException e) {
            throw new StoreException("corrupt histogram in " + where + ": " + e.getMessage(), e);
        }
    }
}

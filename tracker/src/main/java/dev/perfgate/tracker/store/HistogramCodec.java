package dev.perfgate.tracker.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * HdrHistogram's own compressed encoding ({@code encodeIntoCompressedByteBuffer}), so a stored
 * histogram is a few hundred bytes and readable by HdrHistogram's tools. Thread-safe (stateless).
 */
final class HistogramCodec {

    private HistogramCodec() {}

    static byte[] encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Arrays.copyOf(buffer.array(), length);
    }

    static Histogram decode(byte[] bytes, String where) {
        try {
            Histogram histogram = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
            histogram.setAutoResize(true);
            return histogram;
        } catch (DataFormatException | RuntimeException e) {
            throw new StoreException("corrupt histogram in " + where + ": " + e.getMessage(), e);
        }
    }
}

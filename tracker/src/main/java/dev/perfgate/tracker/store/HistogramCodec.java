package dev.perfgate.tracker.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import org.HdrHistogram.Histogram;

/**
 * HdrHistogram's compressed encoding (the bytes {@code encodeIntoCompressedByteBuffer} writes,
 * readable by {@code decodeFromCompressedByteBuffer} and HdrHistogram's tools), so a stored
 * histogram is a few hundred bytes. It writes that format itself with a per-thread buffer and
 * {@link Deflater}: the library allocates a buffer of the whole counts array and a new deflater
 * per call, which was most of the time of storing thousands of histograms. Thread-safe (state is
 * per thread).
 */
final class HistogramCodec {

    /** HdrHistogram's V2 compressed cookie for 8-byte counts ({@code V2CompressedEncodingCookieBase | 0x10}). */
    static final int COMPRESSED_COOKIE = 0x1c849304 | 0x10;
    /** Fastest level: on histogram counts it compresses nearly as well as the default. */
    static final int LEVEL = Deflater.BEST_SPEED;

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private HistogramCodec() {}

    static byte[] encode(Histogram histogram) {
        Workspace work = WORKSPACE.get();
        int capacity = histogram.getNeededByteBufferCapacity();
        if (work.plain.capacity() < capacity) {
            work.plain = ByteBuffer.allocate(capacity);
            work.compressed = new byte[capacity + 8];
        }
        work.plain.clear();
        int plainLength = histogram.encodeIntoByteBuffer(work.plain);
        work.deflater.reset();
        work.deflater.setInput(work.plain.array(), 0, plainLength);
        work.deflater.finish();
        int length = work.deflater.deflate(work.compressed, 8, work.compressed.length - 8);
        if (!work.deflater.finished()) {
            throw new IllegalStateException("histogram did not compress into " + capacity + " bytes");
        }
        ByteBuffer header = ByteBuffer.wrap(work.compressed, 0, 8);
        header.putInt(COMPRESSED_COOKIE).putInt(length);
        return Arrays.copyOf(work.compressed, length + 8);
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

    private static final class Workspace {
        ByteBuffer plain = ByteBuffer.allocate(1 << 16);
        byte[] compressed = new byte[(1 << 16) + 8];
        final Deflater deflater = new Deflater(LEVEL);
    }
}

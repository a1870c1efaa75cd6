package dev.perfgate.tracker.model;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import org.HdrHistogram.Histogram;

/**
 * HdrHistogram's V2 compressed encoding (the bytes {@code encodeIntoCompressedByteBuffer} writes,
 * readable by {@code decodeFromCompressedByteBuffer} and HdrHistogram's tools): an 8-byte header
 * (cookie, length) before the deflated plain V2 encoding. Written here with a per-thread buffer
 * and {@link Deflater}, because the library allocates a buffer of the whole counts array and a new
 * deflater per call, which was most of the time of storing thousands of histograms. Thread-safe
 * (state is per thread).
 */
public final class HistogramCompression {

    /** HdrHistogram's V2 plain-encoding cookie for 8-byte counts ({@code V2EncodingCookieBase | 0x10}). */
    public static final int PLAIN_COOKIE = 0x1c849303 | 0x10;
    /** HdrHistogram's V2 compressed cookie for 8-byte counts ({@code V2CompressedEncodingCookieBase | 0x10}). */
    public static final int COMPRESSED_COOKIE = 0x1c849304 | 0x10;
    /** Fastest level: on histogram counts it compresses nearly as well as the default. */
    public static final int LEVEL = Deflater.BEST_SPEED;

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private HistogramCompression() {}

    /** The compressed encoding of a histogram. */
    public static byte[] compress(Histogram histogram) {
        ByteBuffer plain = plainBuffer(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoByteBuffer(plain);
        return deflate(plain.array(), length);
    }

    /**
     * This thread's buffer, cleared and holding at least {@code capacity} bytes, for writing a
     * plain V2 encoding to pass to {@link #deflate} (which does not use it).
     */
    public static ByteBuffer plainBuffer(int capacity) {
        return WORKSPACE.get().plain(capacity);
    }

    /**
     * Compresses a plain V2 encoding (as {@code encodeIntoByteBuffer} writes it) held in
     * {@code plain[0, length)}.
     */
    public static byte[] deflate(byte[] plain, int length) {
        Workspace work = WORKSPACE.get();
        // deflate's worst case is a few bytes per 16 KB block over the input
        byte[] out = work.compressed(length + length / 1000 + 64);
        Deflater deflater = work.deflater;
        deflater.reset();
        deflater.setInput(plain, 0, length);
        deflater.finish();
        int compressedLength = deflater.deflate(out, 8, out.length - 8);
        if (!deflater.finished()) {
            throw new IllegalStateException("histogram did not compress into " + out.length + " bytes");
        }
        ByteBuffer.wrap(out, 0, 8).putInt(COMPRESSED_COOKIE).putInt(compressedLength);
        return Arrays.copyOf(out, compressedLength + 8);
    }

    /** Decodes a compressed encoding into an auto-resizing histogram. */
    public static Histogram decompress(byte[] compressed) throws DataFormatException {
        try {
            Histogram histogram = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(compressed), 0);
            histogram.setAutoResize(true);
            return histogram;
        } catch (RuntimeException e) {
            // HdrHistogram reports a bad cookie or truncated bytes as unchecked exceptions.
            DataFormatException failure = new DataFormatException(String.valueOf(e.getMessage()));
            failure.initCause(e);
            throw failure;
        }
    }

    private static final class Workspace {
        private ByteBuffer plain = ByteBuffer.allocate(1 << 16);
        private byte[] compressed = new byte[(1 << 16) + 8];
        final Deflater deflater = new Deflater(LEVEL);

        ByteBuffer plain(int capacity) {
            if (plain.capacity() < capacity) {
                plain = ByteBuffer.allocate(capacity);
            }
            return plain.clear();
        }

        byte[] compressed(int capacity) {
            if (compressed.length < capacity) {
                compressed = new byte[capacity];
            }
            return compressed;
        }
    }
}

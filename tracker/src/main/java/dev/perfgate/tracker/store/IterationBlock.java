package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Latencies;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code benchmark_result.iterations} column: every measurement iteration of one result in
 * one byte block, where schema 1 had a row per iteration. A 20,000-benchmark ingest spent most of
 * its time inserting and indexing 200,000 such rows, and nothing ever reads one iteration alone:
 * the statistics always take all iterations of a result.
 *
 * <p>Layout, big-endian: the format byte {@value #FORMAT}, the iteration count (int), then per
 * iteration its fork (int), its index within the fork (int), its score (IEEE double) and the byte
 * length of its latency histogram (int, {@code -1} when it has none: every mode but sample),
 * followed by that many bytes of HdrHistogram's own V2 compressed encoding (see
 * {@link dev.perfgate.tracker.model.HistogramCompression}), so each histogram stays readable by
 * HdrHistogram's tools. Stateless and thread-safe.
 */
final class IterationBlock {

    static final byte FORMAT = 1;
    private static final int NO_HISTOGRAM = -1;
    private static final int FIXED_BYTES = 4 + 4 + 8 + 4;

    private IterationBlock() {}

    /** The block of {@code iterations}, in their order; histograms are compressed if they are not yet. */
    static byte[] encode(List<Iteration> iterations) {
        byte[][] histograms = new byte[iterations.size()][];
        int size = 1 + 4;
        for (int i = 0; i < histograms.length; i++) {
            Iteration it = iterations.get(i);
            histograms[i] = it.hasLatencies() ? it.samples().compressed() : null;
            size += FIXED_BYTES + (histograms[i] == null ? 0 : histograms[i].length);
        }
        ByteBuffer block = ByteBuffer.allocate(size).put(FORMAT).putInt(histograms.length);
        for (int i = 0; i < histograms.length; i++) {
            Iteration it = iterations.get(i);
            block.putInt(it.fork()).putInt(it.iteration()).putDouble(it.score());
            if (histograms[i] == null) {
                block.putInt(NO_HISTOGRAM);
            } else {
                block.putInt(histograms[i].length).put(histograms[i]);
            }
        }
        return block.array();
    }

    /**
     * The iterations of a block, their histograms decoded; a block that is not one is a
     * {@link StoreException} naming {@code where} (the result it belongs to) and what is wrong.
     */
    static List<Iteration> decode(byte[] bytes, String where) {
        try {
            ByteBuffer block = ByteBuffer.wrap(bytes);
            byte format = block.get();
            if (format != FORMAT) {
                throw corrupt(where, "its format byte is " + format + ", not " + FORMAT);
            }
            int count = block.getInt();
            if (count < 0 || count > block.remaining() / FIXED_BYTES) {
                throw corrupt(where, "it claims " + count + " iterations in " + bytes.length + " bytes");
            }
            List<Iteration> iterations = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int fork = block.getInt();
                int index = block.getInt();
                double score = block.getDouble();
                int length = block.getInt();
                Latencies samples = null;
                if (length != NO_HISTOGRAM) {
                    if (length < 0 || length > block.remaining()) {
                        throw corrupt(where, "fork " + fork + " iteration " + index + " claims a histogram of "
                                + length + " bytes where " + block.remaining() + " are left");
                    }
                    byte[] histogram = new byte[length];
                    block.get(histogram);
                    // the stored bytes are kept beside the histogram, so a copy to another database writes them unchanged
                    samples = Latencies.ofBoth(histogram, HistogramCodec.decode(histogram,
                            where + " fork " + fork + " iteration " + index));
                }
                iterations.add(new Iteration(fork, index, score, samples));
            }
            if (block.hasRemaining()) {
                throw corrupt(where, block.remaining() + " bytes follow the last iteration");
            }
            return iterations;
        } catch (BufferUnderflowException e) {
            throw corrupt(where, "it ends early (" + bytes.length + " bytes)");
        } catch (IllegalArgumentException e) {
            throw corrupt(where, e.getMessage());
        }
    }

    private static StoreException corrupt(String where, String problem) {
        return new StoreException("corrupt iteration block in " + where + ": " + problem);
    }
}

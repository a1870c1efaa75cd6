package dev.perfgate.golden.server;

import dev.perfgate.handshake.FrameCounts;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the WebSocket server saw over its life, summed over connections: frames by what the
 * handshake's gate did with them, frames the application processed, and any it processed before
 * the connection was READY (the #372 bug; must stay zero). Thread-safe: striped counters.
 */
public final class ServerCounters {

    private final LongAdder upgraded = new LongAdder();
    private final LongAdder ready = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder processed = new LongAdder();
    private final LongAdder processedBeforeReady = new LongAdder();
    private final LongAdder buffered = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder discarded = new LongAdder();
    private final LongAdder ended = new LongAdder();

    void upgraded() {
        upgraded.increment();
    }

    void ready() {
        ready.increment();
    }

    void failed() {
        failed.increment();
    }

    void processed(boolean beforeReady) {
        processed.increment();
        if (beforeReady) {
            processedBeforeReady.increment();
        }
    }

    /** Adds one finished connection's frame counts. */
    void finished(FrameCounts counts) {
        buffered.add(counts.buffered());
        delivered.add(counts.delivered());
        refused.add(counts.refused());
        discarded.add(counts.discarded());
        ended.increment();
    }

    /** A snapshot. */
    public Snapshot snapshot() {
        return new Snapshot(upgraded.sum(), ready.sum(), failed.sum(), processed.sum(), processedBeforeReady.sum(),
                buffered.sum(), delivered.sum(), refused.sum(), discarded.sum(), ended.sum());
    }

    /**
     * The counters at one moment. Frame counts cover connections that have ended. Immutable and
     * thread-safe.
     *
     * @param upgraded             connections upgraded to WebSocket
     * @param ready                connections that became READY
     * @param failed               connections that failed (auth denied, deadline, lost transport)
     * @param processed            frames the application processed
     * @param processedBeforeReady frames the application processed while the connection was not READY
     * @param buffered             frames held because they came before READY
     * @param delivered            frames handed to the application
     * @param refused              frames refused after the connection closed or failed
     * @param discarded            held frames dropped because the connection failed before READY
     * @param ended                upgraded connections whose transport has closed (their frames are counted)
     */
    public record Snapshot(long upgraded, long ready, long failed, long processed, long processedBeforeReady,
                           long buffered, long delivered, long refused, long discarded, long ended) {
    }
}

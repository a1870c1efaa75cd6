package dev.perfgate.handshake;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One connection's frame counters. Thread-safe: I/O threads, the draining thread and failing
 * threads all count, so every increment is an atomic add on a plain field (no per-counter object).
 */
final class FrameCounters {

    private static final VarHandle BUFFERED;
    private static final VarHandle DELIVERED;
    private static final VarHandle REFUSED;
    private static final VarHandle DISCARDED;
    private static final VarHandle SINK_FAILED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            BUFFERED = lookup.findVarHandle(FrameCounters.class, "buffered", long.class);
            DELIVERED = lookup.findVarHandle(FrameCounters.class, "delivered", long.class);
            REFUSED = lookup.findVarHandle(FrameCounters.class, "refused", long.class);
            DISCARDED = lookup.findVarHandle(FrameCounters.class, "discarded", long.class);
            SINK_FAILED = lookup.findVarHandle(FrameCounters.class, "sinkFailed", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through BUFFERED
    private long buffered;
    @SuppressWarnings("unused") // accessed through DELIVERED
    private long delivered;
    @SuppressWarnings("unused") // accessed through REFUSED
    private long refused;
    @SuppressWarnings("unused") // accessed through DISCARDED
    private long discarded;
    @SuppressWarnings("unused") // accessed through SINK_FAILED
    private long sinkFailed;

    void buffered() {
        BUFFERED.getAndAdd(this, 1L);
    }

    void delivered() {
        DELIVERED.getAndAdd(this, 1L);
    }

    void refused() {
        REFUSED.getAndAdd(this, 1L);
    }

    void discarded(int frames) {
        if (frames > 0) {
            DISCARDED.getAndAdd(this, (long) frames);
        }
    }

    void sinkFailed() {
        SINK_FAILED.getAndAdd(this, 1L);
    }

    FrameCounts snapshot() {
        return new FrameCounts((long) BUFFERED.getVolatile(this), (long) DELIVERED.getVolatile(this),
                (long) REFUSED.getVolatile(this), (long) DISCARDED.getVolatile(this),
                (long) SINK_FAILED.getVolatile(this));
    }
}

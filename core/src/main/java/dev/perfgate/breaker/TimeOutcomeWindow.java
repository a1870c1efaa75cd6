package dev.perfgate.breaker;

import dev.perfgate.time.NanoClock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The outcomes of the calls made during the last period, lock-free. Thread-safe.
 *
 * <p>Instead of per-bucket counters that must be zeroed (a race no CAS can close without losing
 * counts), it keeps ever-growing totals and a {@link Mark} of the totals at the start of each
 * bucket. The window's counts are the totals now minus the mark of the oldest bucket still in
 * the window. The first call to see a new bucket publishes its mark: one small object per bucket
 * boundary, not per call. A call racing that first call by nanoseconds may be counted in the
 * bucket before its own, which moves the window's edge by at most the calls in flight.
 */
final class TimeOutcomeWindow implements OutcomeWindow {

    private record Mark(long bucket, long calls, long failures, long slowCalls) {
    }

    private final long bucketNanos;
    private final int buckets;
    private final RateThresholds thresholds;
    private final NanoClock clock;
    private final long origin;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong slowCalls = new AtomicLong();
    private final AtomicLong newestBucket = new AtomicLong(-1);
    private final AtomicReferenceArray<Mark> marks;

    TimeOutcomeWindow(WindowSpec.Time spec, RateThresholds thresholds, NanoClock clock) {
        this.bucketNanos = spec.bucketNanos();
        this.buckets = spec.buckets();
        this.thresholds = thresholds;
        this.clock = clock;
        this.origin = clock.nanoTime();
        this.marks = new AtomicReferenceArray<>(buckets);
    }

    @Override
    public TransitionCause record(boolean failed, boolean slow) {
        long bucket = bucketAt(clock.nanoTime());
        long seen = newestBucket.get();
        if (bucket > seen && newestBucket.compareAndSet(seen, bucket)) {
            marks.set(slotOf(bucket), new Mark(bucket, calls.get(), failures.get(), slowCalls.get()));
        }
        long c = calls.incrementAndGet();
        long f = failed ? failures.incrementAndGet() : failures.get();
        long s = slow ? slowCalls.incrementAndGet() : slowCalls.get();
        Mark base = oldestMarkInWindow(bucket);
        if (base == null) {
            return null;
        }
        return thresholds.evaluate(c - base.calls(), Math.max(0, f - base.failures()),
                Math.max(0, s - base.slowCalls()));
    }

    @Override
    public long calls() {
        Mark base = oldestMarkInWindow(bucketAt(clock.nanoTime()));
        return base == null ? 0 : calls.get() - base.calls();
    }

    @Override
    public long failures() {
        Mark base = oldestMarkInWindow(bucketAt(clock.nanoTime()));
        return base == null ? 0 : Math.max(0, failures.get() - base.failures());
    }

    @Override
    public long slowCalls() {
        Mark base = oldestMarkInWindow(bucketAt(clock.nanoTime()));
        return base == null ? 0 : Math.max(0, slowCalls.get() - base.slowCalls());
    }

    private long bucketAt(long nowNanos) {
        return Math.max(0, nowNanos - origin) / bucketNanos;
    }

    private int slotOf(long bucket) {
        return (int) (bucket % buckets);
    }

    /**
     * The mark of the oldest bucket in the window that saw a call. A bucket without calls has no
     * mark, and needs none: the totals at its start equal those at the start of the next marked
     * bucket. {@code null} when no bucket in the window saw a call (or its mark is not yet published).
     */
    private Mark oldestMarkInWindow(long newest) {
        for (long b = Math.max(0, newest - buckets + 1); b <= newest; b++) {
            Mark mark = marks.get(slotOf(b));
            if (mark != null && mark.bucket() == b) {
                return mark;
            }
        }
        return null;
    }
}

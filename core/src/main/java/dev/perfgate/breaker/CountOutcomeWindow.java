package dev.perfgate.breaker;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outcomes of the last N calls: a ring of slots plus running totals, lock-free and
 * allocation-free. Thread-safe.
 *
 * <p>A ticket from {@code cursor} gives every call its own slot; {@code getAndSet} on the slot
 * returns the outcome it evicts, so the totals change by exactly (new − evicted). Failures and
 * slow calls are packed into one long (signed 32-bit halves) so both totals move in one atomic
 * add, and a success evicting a success changes nothing and skips the add.
 *
 * <p>The healthy case writes nothing at all: a success arriving at a full window whose totals
 * are zero would evict a success and change no count, so it is dropped before taking a ticket
 * (which rotates which slot the next outcome lands in, but every slot holds the same success).
 * Healthy calls then only read shared lines, which is why CLOSED scales across threads.
 */
final class CountOutcomeWindow implements OutcomeWindow {

    private static final int FAILED = 1;
    private static final int SLOW = 2;
    private static final long SLOW_UNIT = 1L << 32;

    private final int size;
    private final RateThresholds thresholds;
    private final AtomicIntegerArray slots;
    private final AtomicLong cursor = new AtomicLong();
    private final AtomicLong packedTotals = new AtomicLong();

    CountOutcomeWindow(int size, RateThresholds thresholds) {
        this.size = size;
        this.thresholds = thresholds;
        this.slots = new AtomicIntegerArray(size);
    }

    @Override
    public TransitionCause record(boolean failed, boolean slow) {
        int outcome = (failed ? FAILED : 0) | (slow ? SLOW : 0);
        if (outcome == 0 && packedTotals.get() == 0 && cursor.get() >= size) {
            return null;
        }
        long ticket = cursor.getAndIncrement();
        int evicted = slots.getAndSet((int) (ticket % size), outcome);
        long delta = (outcome & FAILED) - (evicted & FAILED)
                + ((outcome >> 1) - (evicted >> 1)) * SLOW_UNIT;
        long totals = delta == 0 ? packedTotals.get() : packedTotals.addAndGet(delta);
        if (totals == 0) {
            return null;
        }
        return thresholds.evaluate(Math.min(ticket + 1, size), failuresOf(totals), slowOf(totals));
    }

    @Override
    public long calls() {
        return Math.min(cursor.get(), size);
    }

    @Override
    public long failures() {
        return failuresOf(packedTotals.get());
    }

    @Override
    public long slowCalls() {
        return slowOf(packedTotals.get());
    }

    // A writer between its slot swap and its add can leave a half transiently one below zero;
    // signed decoding keeps the other half exact, and clamping hides the transient.
    private static long failuresOf(long totals) {
        return Math.max(0, (int) totals);
    }

    private static long slowOf(long totals) {
        return Math.max(0, (totals - (int) totals) >> 32);
    }
}

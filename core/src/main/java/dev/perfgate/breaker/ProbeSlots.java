package dev.perfgate.breaker;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The HALF_OPEN probes in flight: one slot per allowed concurrent probe, holding the clock
 * reading at which its probe was issued, or {@link #FREE}. Claiming and releasing are CASes on a
 * slot, so more probes than slots can never be in flight. Thread-safe.
 */
final class ProbeSlots {

    static final long FREE = Long.MIN_VALUE;

    private final AtomicLongArray issuedAt;

    ProbeSlots(int slots) {
        issuedAt = new AtomicLongArray(slots);
        for (int i = 0; i < slots; i++) {
            issuedAt.set(i, FREE);
        }
    }

    /** Claims a free slot for a probe issued at {@code nowNanos}; -1 when all are taken. */
    int claim(long nowNanos) {
        long stamp = stampOf(nowNanos);
        for (int i = 0; i < issuedAt.length(); i++) {
            if (issuedAt.get(i) == FREE && issuedAt.compareAndSet(i, FREE, stamp)) {
                return i;
            }
        }
        return -1;
    }

    /** The stamp stored for a probe claimed at {@code nowNanos} (FREE is reserved, so it is nudged). */
    static long stampOf(long nowNanos) {
        return nowNanos == FREE ? FREE + 1 : nowNanos;
    }

    /** Frees the slot if it still holds this probe; false when the probe was already settled. */
    boolean release(int slot, long stamp) {
        return issuedAt.compareAndSet(slot, stamp, FREE);
    }

    /** Whether some probe in flight was issued {@code timeoutNanos} or longer before {@code nowNanos}. */
    boolean anyExpired(long nowNanos, long timeoutNanos) {
        for (int i = 0; i < issuedAt.length(); i++) {
            long stamp = issuedAt.get(i);
            if (stamp != FREE && nowNanos - stamp >= timeoutNanos) {
                return true;
            }
        }
        return false;
    }

    int inFlight() {
        int n = 0;
        for (int i = 0; i < issuedAt.length(); i++) {
            if (issuedAt.get(i) != FREE) {
                n++;
            }
        }
        return n;
    }
}

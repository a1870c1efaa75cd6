package dev.perfgate.breaker;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers per-call events to a breaker's {@link CallListener}s, shielding the breaker's callers
 * from listener exceptions (counted instead). The listeners are a copy-on-write array behind one
 * volatile field, so the hot path with nobody listening is that field's read and a length check:
 * no iterator, no event object, nothing allocated. Thread-safe: listeners may be added while
 * events are delivered.
 */
final class CallPublisher {

    private static final CallListener[] NONE = {};

    private volatile CallListener[] listeners = NONE;
    private final AtomicLong failures = new AtomicLong();

    synchronized void add(CallListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must be given");
        }
        CallListener[] current = listeners;
        CallListener[] next = Arrays.copyOf(current, current.length + 1);
        next[current.length] = listener;
        listeners = next;
    }

    /** Whether anyone listens: the guarded path times calls for listeners only then. */
    boolean any() {
        return listeners.length != 0;
    }

    void call(CallOutcome outcome, long elapsedNanos, Throwable thrown) {
        for (CallListener listener : listeners) {
            try {
                listener.onCall(outcome, elapsedNanos, thrown);
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }
    }

    void rejected(Rejection rejection) {
        for (CallListener listener : listeners) {
            try {
                listener.onRejected(rejection);
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }
    }

    long failures() {
        return failures.get();
    }
}

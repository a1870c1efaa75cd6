package dev.perfgate.breaker;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers a breaker's transitions to its listeners, shielding the breaker's callers from
 * listener exceptions (counted instead). Thread-safe: listeners may be added while transitions
 * are being delivered.
 */
final class TransitionPublisher {

    private final List<BreakerListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong failures = new AtomicLong();

    void add(BreakerListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must be given");
        }
        listeners.add(listener);
    }

    void publish(Transition transition) {
        for (BreakerListener listener : listeners) {
            try {
                listener.onTransition(transition);
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }
    }

    long failures() {
        return failures.get();
    }
}

package dev.perfgate.golden.scenario;

import dev.perfgate.breaker.BreakerListener;
import dev.perfgate.breaker.Transition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps every state change of the golden path's breaker with its time since the run started, and
 * the HALF_OPEN probe successes seen on the way to each recovery. Thread-safe (synchronized; state
 * changes are rare).
 */
public final class TransitionLog implements BreakerListener {

    private final long startNanos;
    private final List<Transition> transitions = new ArrayList<>();

    TransitionLog(long startNanos) {
        this.startNanos = startNanos;
    }

    @Override
    public synchronized void onTransition(Transition transition) {
        transitions.add(transition);
    }

    /** The changes so far, in generation order. */
    public synchronized List<Transition> transitions() {
        List<Transition> copy = new ArrayList<>(transitions);
        copy.sort(Comparator.comparingLong(Transition::generation));
        return copy;
    }

    /** Seconds from the run's start to {@code transition}. */
    public double secondsAt(Transition transition) {
        return (transition.atNanos() - startNanos) / 1e9;
    }
}

package dev.perfgate.golden.scenario;

import dev.perfgate.breaker.BreakerListener;
import dev.perfgate.breaker.Transition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps every state change of the golden path's breaker, each with the breaker clock's time of
 * the change. Thread-safe (synchronized; state changes are rare).
 */
public final class TransitionLog implements BreakerListener {

    private final List<Transition> transitions = new ArrayList<>();

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
}

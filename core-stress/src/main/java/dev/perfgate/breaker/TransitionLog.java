package dev.perfgate.breaker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A state listener for stress tests that checks the transitions it heard chain without a gap or a repeat. */
final class TransitionLog implements BreakerListener {

    private final ConcurrentLinkedQueue<Transition> heard = new ConcurrentLinkedQueue<>();

    @Override
    public void onTransition(Transition transition) {
        heard.add(transition);
    }

    /**
     * 1 when the transitions heard since {@code fromGeneration} are exactly one per generation up
     * to {@code toGeneration}, each entered from the state the one before entered; else 0.
     */
    int chained(long fromGeneration, BreakerState fromState, long toGeneration) {
        List<Transition> sorted = new ArrayList<>(heard);
        sorted.sort((a, b) -> Long.compare(a.generation(), b.generation()));
        long expected = fromGeneration + 1;
        BreakerState state = fromState;
        for (Transition t : sorted) {
            if (t.generation() != expected++ || t.from() != state) {
                return 0;
            }
            state = t.to();
        }
        return expected - 1 == toGeneration ? 1 : 0;
    }
}

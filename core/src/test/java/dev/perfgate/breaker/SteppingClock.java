package dev.perfgate.breaker;

import dev.perfgate.time.NanoClock;

/**
 * A fake clock for one test thread that can run a step of "another thread" the next time it is
 * read, so a race window inside the breaker is entered deterministically.
 */
final class SteppingClock implements NanoClock {

    private long now = 1_000_000_000_000L;
    private Runnable onNextRead;

    @Override
    public long nanoTime() {
        Runnable step = onNextRead;
        if (step != null) {
            onNextRead = null;
            step.run();
        }
        return now;
    }

    void advanceNanos(long nanos) {
        now += nanos;
    }

    void onNextRead(Runnable step) {
        onNextRead = step;
    }
}

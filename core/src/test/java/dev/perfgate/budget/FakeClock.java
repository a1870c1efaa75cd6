package dev.perfgate.budget;

import dev.perfgate.time.NanoClock;
import java.time.Duration;

/** A nanosecond clock that only moves when told to; for one test thread. */
final class FakeClock implements NanoClock {

    private long now = 5_000_000_000_000L;

    @Override
    public long nanoTime() {
        return now;
    }

    void advance(Duration by) {
        now += by.toNanos();
    }

    void advanceNanos(long nanos) {
        now += nanos;
    }
}

package dev.perfgate.breaker;

import dev.perfgate.time.NanoClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A nanosecond clock that only moves when told to; thread-safe. */
final class FakeClock implements NanoClock {

    // Starts far from zero so no code can mistake "time 0" for "never".
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    @Override
    public long nanoTime() {
        return now.get();
    }

    void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    void advanceNanos(long nanos) {
        now.addAndGet(nanos);
    }
}

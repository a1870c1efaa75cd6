package dev.perfgate.budget;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A nanosecond clock that only moves when told to; for one test thread. */
final class FakeClock implements LongSupplier {

    private long now = 5_000_000_000_000L;

    @Override
    public long getAsLong() {
        return now;
    }

    void advance(Duration by) {
        now += by.toNanos();
    }

    void advanceNanos(long nanos) {
        now += nanos;
    }
}

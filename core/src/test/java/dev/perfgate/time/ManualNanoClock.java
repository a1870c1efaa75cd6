package dev.perfgate.time;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A clock tests move by hand; thread-safe. Starts near the top of the range, so wrapping is exercised. */
public final class ManualNanoClock implements NanoClock {

    private final AtomicLong now = new AtomicLong(Long.MAX_VALUE - 1_000_000_000L);

    @Override
    public long nanoTime() {
        return now.get();
    }

    public void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }
}

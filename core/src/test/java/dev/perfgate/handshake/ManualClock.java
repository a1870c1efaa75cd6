package dev.perfgate.handshake;

import dev.perfgate.time.NanoClock;
import java.util.concurrent.atomic.AtomicLong;

/** A clock tests move by hand; thread-safe. Starts near the top of the range to catch overflow. */
final class ManualClock implements NanoClock {

    private final AtomicLong now = new AtomicLong(Long.MAX_VALUE - 1_000_000_000L);

    @Override
    public long nanoTime() {
        return now.get();
    }

    void advance(long nanos) {
        now.addAndGet(nanos);
    }
}

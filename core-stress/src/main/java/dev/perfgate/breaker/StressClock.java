package dev.perfgate.breaker;

import dev.perfgate.time.NanoClock;

/** Clocks for stress tests: frozen, so every probe carries the same issue time. */
final class StressClock {

    static final NanoClock FROZEN = () -> 1_000_000_000_000L;

    private StressClock() {
    }
}

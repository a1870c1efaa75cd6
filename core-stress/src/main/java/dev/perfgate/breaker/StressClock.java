package dev.perfgate.breaker;

import java.util.function.LongSupplier;

/** Clocks for stress tests: frozen, so every probe carries the same issue time. */
final class StressClock {

    static final LongSupplier FROZEN = () -> 1_000_000_000_000L;

    private StressClock() {
    }
}

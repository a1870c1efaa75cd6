package dev.perfgate.tracker.ab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order of an A/B, fixed by a seed. Rounds come in blocks of two: in one block a benchmark runs
 * base then head, then head then base (ABBA), or the mirror (BAAB), chosen at random per benchmark
 * and block, so whatever favours the first (or second) fork of a pair falls on both builds
 * equally. Within a round the benchmarks run in a fresh random order, so no benchmark always runs
 * at the same point of the machine's rhythm. Immutable and thread-safe.
 */
public final class AbSchedule {

    private final long seed;

    public AbSchedule(long seed) {
        this.seed = seed;
    }

    /** True when, in {@code round} (0-based), {@code benchmark}'s base fork runs before its head fork. */
    public boolean baseFirst(String benchmark, int round) {
        int block = round / 2;
        long mixed = seed ^ (benchmark.hashCode() * 0x9E3779B97F4A7C15L) ^ (block * 0xC2B2AE3D27D4EB4FL);
        boolean blockStartsWithBase = new Random(mixed).nextBoolean();
        return round % 2 == 0 ? blockStartsWithBase : !blockStartsWithBase;
    }

    /** The benchmarks in the order round {@code round} runs them. */
    public List<String> order(List<String> benchmarks, int round) {
        List<String> order = new ArrayList<>(benchmarks);
        Collections.sort(order); // the shuffle must not depend on the caller's order
        Collections.shuffle(order, new Random(seed * 31 + round));
        return order;
    }
}

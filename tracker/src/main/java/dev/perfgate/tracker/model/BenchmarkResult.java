package dev.perfgate.tracker.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything measured for one benchmark key in one run. Immutable (the histograms inside the
 * iterations are treated as read-only).
 *
 * @param key         what was measured
 * @param unit        JMH's score unit, e.g. "ops/s", "ns/op", "us/op"
 * @param iterations  every measurement iteration, ordered by fork then iteration
 * @param jmh         JMH's own figures, for cross-checks
 * @param secondary   secondary metrics by name
 */
public record BenchmarkResult(
        BenchmarkKey key,
        String unit,
        List<Iteration> iterations,
        JmhSummary jmh,
        SortedMap<String, SecondaryMetric> secondary) {

    public BenchmarkResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        iterations = inOrder(iterations) ? List.copyOf(iterations) : iterations.stream()
                .sorted(Comparator.comparingInt(Iteration::fork).thenComparingInt(Iteration::iteration))
                .toList();
        secondary = java.util.Collections.unmodifiableSortedMap(
                new TreeMap<>(secondary == null ? Map.of() : secondary));
    }

    /**
     * Whether the iterations already come by fork, then iteration, as every reader gives them: a
     * 20,000-benchmark ingest spent a tenth of its reading in a stream sort that changed nothing.
     */
    private static boolean inOrder(List<Iteration> iterations) {
        for (int i = 1; i < iterations.size(); i++) {
            Iteration before = iterations.get(i - 1);
            Iteration it = iterations.get(i);
            if (before.fork() > it.fork() || before.fork() == it.fork() && before.iteration() > it.iteration()) {
                return false;
            }
        }
        return true;
    }

    /** Number of distinct forks that produced at least one iteration. */
    public int forkCount() {
        return (int) iterations.stream().mapToInt(Iteration::fork).distinct().count();
    }

    /** The iterations grouped by fork, in fork order: the two levels the bootstrap resamples. */
    public List<List<Iteration>> byFork() {
        return iterations.stream()
                .collect(java.util.stream.Collectors.groupingBy(Iteration::fork, TreeMap::new,
                        java.util.stream.Collectors.toList()))
                .values().stream().toList();
    }
}

package dev.perfgate.tracker.model;

import java.util.List;
import java.util.Optional;

/**
 * One benchmark run: its info and a result per benchmark key, sorted by key. Stored runs,
 * baselines and freshly read JMH files all become this. Immutable.
 */
public record Run(RunInfo info, List<BenchmarkResult> results) {

    public Run {
        results = inOrder(results) ? List.copyOf(results)
                : results.stream().sorted(java.util.Comparator.comparing(BenchmarkResult::key)).toList();
    }

    /** Whether the results are sorted by key already: a run copied with new provenance is, and need not be sorted again. */
    private static boolean inOrder(List<BenchmarkResult> results) {
        for (int i = 1; i < results.size(); i++) {
            if (results.get(i - 1).key().compareTo(results.get(i).key()) > 0) {
                return false;
            }
        }
        return true;
    }

    public Optional<BenchmarkResult> result(BenchmarkKey key) {
        return results.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}

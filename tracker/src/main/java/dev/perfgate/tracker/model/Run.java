package dev.perfgate.tracker.model;

import java.util.List;
import java.util.Optional;

/**
 * One benchmark run: its info and a result per benchmark key, sorted by key. Stored runs,
 * baselines and freshly read JMH files all become this. Immutable.
 */
public record Run(RunInfo info, List<BenchmarkResult> results) {

    public Run {
        results = results.stream().sorted(java.util.Comparator.comparing(BenchmarkResult::key)).toList();
    }

    public Optional<BenchmarkResult> result(BenchmarkKey key) {
        return results.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}

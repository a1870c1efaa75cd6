package dev.perfgate.tracker.model;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What makes two results comparable: the benchmark's full name (JMH's {@code benchmark} field,
 * {@code package.Class.method}, or {@code package.Class.group} for {@code @Group}), the mode,
 * the params and the thread count. Immutable.
 */
public record BenchmarkKey(String benchmark, Mode mode, SortedMap<String, String> params, int threads)
        implements Comparable<BenchmarkKey> {

    private static final Comparator<BenchmarkKey> ORDER = Comparator
            .comparing(BenchmarkKey::benchmark)
            .thenComparing(BenchmarkKey::mode)
            .thenComparing(key -> key.params().toString())
            .thenComparingInt(BenchmarkKey::threads);

    public BenchmarkKey {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(mode, "mode");
        params = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(params == null ? Map.of() : params));
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads + " for " + benchmark);
        }
    }

    /** The class and method without the package, as people read it. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(type + 1);
    }

    /** {@code Class.method [a=1, b=x] sample ×2}: a title for tables and charts. */
    public String display() {
        StringBuilder text = new StringBuilder(shortName());
        if (!params.isEmpty()) {
            text.append(params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ", " [", "]")));
        }
        text.append(' ').append(mode.jmhName());
        if (threads > 1) {
            text.append(" ×").append(threads);
        }
        return text.toString();
    }

    @Override
    public int compareTo(BenchmarkKey other) {
        return ORDER.compare(this, other);
    }
}

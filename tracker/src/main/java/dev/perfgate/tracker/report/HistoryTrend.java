package dev.perfgate.tracker.report;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.model.ScoreUnit;
import dev.perfgate.tracker.store.StoredResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;

/**
 * Turns a key's stored history into a {@link TrendChart}: one point per run, oldest first (run
 * time, then id), the score converted to one unit and the p99 taken from the run's merged
 * latency histogram where it has one. A run whose unit cannot be converted is left out rather than
 * drawn on the wrong scale. Stateless and thread-safe.
 */
public final class HistoryTrend {

    private static final Comparator<StoredResult> OLDEST_FIRST = Comparator
            .comparing((StoredResult s) -> s.run().time(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(s -> s.run().id());

    private HistoryTrend() {}

    /**
     * The history of a key in the newest run's unit, nothing flagged, with the baseline's score
     * marked when {@code baseline} (may be {@code null}) is given in a convertible unit.
     */
    public static Optional<TrendChart> of(BenchmarkKey key, List<StoredResult> history, BenchmarkResult baseline) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        String unit = history.stream().max(OLDEST_FIRST).orElseThrow().result().unit();
        double baselineScore = baseline == null ? Double.NaN
                : ScoreUnit.convert(score(baseline), baseline.unit(), unit).orElse(Double.NaN);
        return of(key, history, null, false, unit, Double.isFinite(baselineScore) ? baselineScore : Double.NaN);
    }

    /**
     * The history with the current run last and flagged when it regressed. {@code current} is
     * appended as "this run" unless the history already holds it (see {@link #isCurrent});
     * {@code baselineScore} is in {@code unit}, or {@code NaN}.
     */
    static Optional<TrendChart> of(BenchmarkKey key, List<StoredResult> history, StoredResult current,
            boolean currentRegressed, String unit, double baselineScore) {
        Objects.requireNonNull(unit, "unit");
        List<StoredResult> runs = new ArrayList<>(history);
        runs.sort(OLDEST_FIRST);
        boolean stored = current != null && runs.stream().anyMatch(s -> isCurrent(s, current));
        List<TrendPoint> points = new ArrayList<>();
        for (StoredResult s : runs) {
            boolean isCurrent = current != null && isCurrent(s, current);
            point(label(s.run()), s.result(), unit, isCurrent && currentRegressed).ifPresent(points::add);
        }
        if (current != null && !stored) {
            point("this run", current.result(), unit, currentRegressed).ifPresent(points::add);
        }
        return points.isEmpty() ? Optional.empty() : Optional.of(new TrendChart(key, unit, points, baselineScore));
    }

    /**
     * Whether a stored result is the current run's: the same run id, or (a JMH file compared after
     * it was ingested, so its run has no id) the same measurement, iteration by iteration.
     */
    static boolean isCurrent(StoredResult stored, StoredResult current) {
        if (current.run().id() > 0) {
            return stored.run().id() == current.run().id();
        }
        return sameMeasurement(stored.result(), current.result());
    }

    /** Same key, unit and iteration scores: one JMH result, stored or read again from its file. */
    static boolean sameMeasurement(BenchmarkResult a, BenchmarkResult b) {
        return a.key().equals(b.key()) && a.unit().equals(b.unit())
                && a.iterations().stream().map(Iteration::score).toList()
                        .equals(b.iterations().stream().map(Iteration::score).toList());
    }

    private static Optional<TrendPoint> point(String label, BenchmarkResult result, String unit, boolean regression) {
        OptionalDouble score = ScoreUnit.convert(score(result), result.unit(), unit);
        if (score.isEmpty() || !Double.isFinite(score.getAsDouble())) {
            return Optional.empty();
        }
        double p99 = MergedLatencies.of(result)
                .map((Histogram h) -> ScoreUnit.fromNanos(h.getValueAtPercentile(99), unit))
                .orElse(Double.NaN);
        return Optional.of(new TrendPoint(label, score.getAsDouble(), p99, regression));
    }

    /** JMH's score when it wrote one, else the mean of the iterations' scores. */
    private static double score(BenchmarkResult result) {
        double jmh = result.jmh() == null ? Double.NaN : result.jmh().score();
        return Double.isFinite(jmh) ? jmh
                : result.iterations().stream().mapToDouble(Iteration::score).average().orElse(Double.NaN);
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("MM-dd HH:mm", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /**
     * How the x axis and {@code history} name a run: its id (what {@code show} and {@code baseline
     * save --run} take), short commit and date, each when known: "#3 3f2a9c1 12-01 14:03".
     */
    static String label(RunInfo run) {
        String commit = run.commit() == null || run.commit().isBlank() ? null
                : run.commit().strip().substring(0, Math.min(7, run.commit().strip().length()));
        String label = java.util.stream.Stream.of(run.id() > 0 ? "#" + run.id() : null, commit,
                        run.time() == null ? null : DAY.format(run.time()))
                .filter(Objects::nonNull).collect(java.util.stream.Collectors.joining(" "));
        return label.isEmpty() ? "run" : label;
    }
}

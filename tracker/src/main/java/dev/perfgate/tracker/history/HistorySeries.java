package dev.perfgate.tracker.history;

import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.ScoreUnit;
import dev.perfgate.tracker.store.StoredResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;

/**
 * A benchmark key's history on one branch as a series of {@link SeriesPoint}s, oldest run first
 * (run time, then id), each computed from the run's stored measurements rather than JMH's score:
 *
 * <ul>
 *   <li>{@link Statistic#MEAN} (the mode's score): each fork's figure is the mean of its
 *       measurement iterations' scores (the accuracy study found the median of three iterations
 *       noisier from run to run, so fewer steps were found at the same false-alarm rate, and the
 *       median over forks of those medians noisier still: README, "History");</li>
 *   <li>a percentile (SampleTime): each fork's figure is that percentile of the fork's HdrHistogram,
 *       all its iterations' samples merged.</li>
 * </ul>
 *
 * The run's point is the geometric mean of its forks' figures (the fork is the unit of
 * independence, see CONTRIBUTING), in the newest run's unit. Runs whose unit cannot be converted,
 * or that lack the histograms a percentile needs, are left out and counted. Immutable.
 *
 * @param key        the benchmark
 * @param unit       the unit every point is in
 * @param statistic  what each point measures
 * @param points     the runs, oldest first
 * @param skipped    runs left out (unit not convertible, no histograms for a percentile)
 */
public record HistorySeries(BenchmarkKey key, String unit, Statistic statistic, List<SeriesPoint> points,
        int skipped) {

    private static final Comparator<StoredResult> OLDEST_FIRST = Comparator
            .comparing((StoredResult s) -> s.run().time(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(s -> s.run().id());

    public HistorySeries {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(statistic, "statistic");
        points = List.copyOf(points);
    }

    /**
     * The series of {@code history} on {@code branch} ({@code null}: every run, whatever its
     * branch). Throws {@link IllegalArgumentException} for {@link Statistic#ALLOCATION}, which has no
     * per-iteration data.
     */
    public static HistorySeries of(BenchmarkKey key, List<StoredResult> history, String branch, Statistic statistic) {
        requireSeriesStatistic(statistic);
        List<StoredResult> runs = history.stream()
                .filter(s -> branch == null || branch.equals(s.run().branch()))
                .sorted(OLDEST_FIRST).toList();
        String unit = runs.isEmpty() ? "" : runs.get(runs.size() - 1).result().unit();
        List<SeriesPoint> points = new ArrayList<>();
        int skipped = 0;
        for (StoredResult s : runs) {
            SeriesPoint point = point(s, statistic, unit);
            if (point == null) {
                skipped++;
            } else {
                points.add(point);
            }
        }
        return new HistorySeries(key, unit, statistic, points, skipped);
    }

    /** Throws {@link IllegalArgumentException} for {@link Statistic#ALLOCATION}, which has no per-iteration data. */
    public static void requireSeriesStatistic(Statistic statistic) {
        if (statistic == Statistic.ALLOCATION) {
            throw new IllegalArgumentException("--statistic alloc has no per-iteration data to build a series from; "
                    + "use mean, p50, p90, p99 or p99.9");
        }
    }

    /** The points' values on the log scale, oldest first: what the detector reads. */
    public double[] logs() {
        return points.stream().mapToDouble(SeriesPoint::log).toArray();
    }

    /** One run's point, or {@code null} when it cannot be computed in {@code unit}. */
    static SeriesPoint point(StoredResult stored, Statistic statistic, String unit) {
        BenchmarkResult result = stored.result();
        List<Double> logs = new ArrayList<>();
        for (List<Iteration> fork : result.byFork()) {
            OptionalDouble figure = statistic.isPercentile() ? percentile(fork, statistic.percentile(), unit)
                    : mean(fork, result.unit(), unit);
            if (figure.isEmpty() || !(figure.getAsDouble() > 0) || !Double.isFinite(figure.getAsDouble())) {
                return null;
            }
            logs.add(Math.log(figure.getAsDouble()));
        }
        if (logs.isEmpty()) {
            return null;
        }
        double mean = logs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double spread = Double.NaN;
        if (logs.size() > 1) {
            double squares = logs.stream().mapToDouble(l -> (l - mean) * (l - mean)).sum();
            spread = Math.sqrt(squares / (logs.size() - 1) / logs.size());
        }
        return new SeriesPoint(stored.run(), Math.exp(mean), spread, logs.size());
    }

    private static OptionalDouble mean(List<Iteration> fork, String from, String to) {
        return ScoreUnit.convert(fork.stream().mapToDouble(Iteration::score).average().orElseThrow(), from, to);
    }

    private static OptionalDouble percentile(List<Iteration> fork, double percentile, String unit) {
        Histogram merged = new Histogram(3);
        for (Iteration iteration : fork) {
            if (!iteration.hasLatencies()) {
                return OptionalDouble.empty();
            }
            merged.add(iteration.latencies());
        }
        if (merged.getTotalCount() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(ScoreUnit.fromNanos(merged.getValueAtPercentile(percentile), unit));
    }

    @Override
    public String toString() {
        return key.display() + " " + statistic + " " + Arrays.toString(logs());
    }
}

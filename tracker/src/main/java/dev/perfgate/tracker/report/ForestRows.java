package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Interval;
import dev.perfgate.tracker.compare.Statistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a comparison into forest-plot rows. Every row is put in the direction in which above 1 is
 * worse ({@link BenchmarkComparison#worseRatio()}: throughput inverted, allocation as it is), so
 * right of 1 is worse on every row, as + is worse in the table. Stateless and thread-safe.
 */
final class ForestRows {

    static final String RATIO_LABEL = "current / baseline, right of 1 = worse (throughput inverted; log scale)";

    /** The line under the forest plot's title: how to read bars, band and throughput rows. */
    static String note(double confidence, double threshold) {
        return String.format(Locale.ROOT,
                "bars: %s %% confidence interval · band: ±%s %% threshold · ◀ ▶: interval runs past the axis to the value shown",
                new java.math.BigDecimal(confidence * 100).round(new java.math.MathContext(3)).stripTrailingZeros()
                        .toPlainString(),
                new java.math.BigDecimal(threshold * 100).round(new java.math.MathContext(3)).stripTrailingZeros()
                        .toPlainString());
    }

    static final int MAX_LABEL = 90;

    private ForestRows() {}

    /** A row per measured key and statistic, in the comparison's order (most severe first). */
    static List<ForestRow> of(Comparison comparison) {
        double defaultThreshold = comparison.settings().thresholds().defaultThreshold();
        List<ForestRow> rows = new ArrayList<>();
        for (BenchmarkComparison c : comparison.benchmarks()) {
            Optional<Outcome> outcome = Outcome.of(c.verdict());
            if (outcome.isEmpty() || !(c.ratio() > 0) || Double.isInfinite(c.ratio())) {
                continue; // new, missing, or no ratio to draw: the table says so
            }
            double ratio = c.worseRatio();
            if (!(ratio > 0) || Double.isInfinite(ratio)) {
                continue; // 0 -> 24 B/op: no ratio to draw; the table says so
            }
            Interval interval = c.worseInterval();
            boolean bounded = interval.isDefined() && interval.low() > 0 && Double.isFinite(interval.high());
            double low = !bounded ? Double.NaN : interval.low();
            double high = !bounded ? Double.NaN : interval.high();
            rows.add(new ForestRow(label(c, defaultThreshold, bounded), ratio, low, high, outcome.get()));
        }
        return rows;
    }

    private static String label(BenchmarkComparison c, double defaultThreshold, boolean bounded) {
        StringBuilder label = new StringBuilder(c.key().display());
        if (c.statistic() != Statistic.MEAN) {
            label.append(" · ").append(c.statistic().label());
        }
        if (c.threshold() != defaultThreshold) {
            label.append(String.format(Locale.ROOT, " (±%.3g %%)", c.threshold() * 100));
        }
        if (!bounded) {
            label.append(" (no interval)");
        }
        // The image must fit a page: past this, labels only make the plot wider and its text smaller.
        return label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label.toString();
    }
}

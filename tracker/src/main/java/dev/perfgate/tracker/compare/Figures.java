package dev.perfgate.tracker.compare;

import java.util.Locale;

/**
 * How every output format writes a change, so text, Markdown and JUnit say the same thing in the
 * same words. Stateless and thread-safe.
 */
final class Figures {

    private Figures() {}

    /** A ratio as a signed change: 1.052 → "+5.2%"; NaN → "–". */
    static String change(double ratio) {
        if (Double.isNaN(ratio)) {
            return "–";
        }
        if (Double.isInfinite(ratio)) {
            return "+∞";
        }
        return String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100);
    }

    static String interval(Interval interval) {
        return interval.isDefined() ? "[" + change(interval.low()) + ", " + change(interval.high()) + "]" : "–";
    }

    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "–";
        }
        return Double.isInfinite(fraction) ? "∞" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    static String value(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.4g", value);
    }

    /** One human sentence for a result: what changed, how sure, and what the data could detect. */
    static String sentence(BenchmarkComparison c) {
        return switch (c.verdict()) {
            case NEW -> "new: not in the baseline";
            case MISSING -> "missing: in the baseline but not in this run";
            default -> c.verdict().name().toLowerCase(Locale.ROOT) + ": " + c.statistic() + " " + change(c.ratio())
                    + " " + interval(c.interval()) + " (threshold ±" + percent(c.threshold())
                    + ", smallest detectable change " + percent(c.smallestDetectableChange()) + ")"
                    + (c.crossEnvironment() ? " [cross-environment]" : "");
        };
    }

    static String summary(Comparison comparison) {
        var counts = comparison.counts();
        StringBuilder text = new StringBuilder();
        for (Verdict verdict : Verdict.values()) {
            if (counts.get(verdict) > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(counts.get(verdict)).append(' ')
                        .append(verdict.name().toLowerCase(Locale.ROOT));
            }
        }
        return text.length() == 0 ? "nothing to compare" : text.toString();
    }
}

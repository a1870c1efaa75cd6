package dev.perfgate.tracker.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How every output format writes numbers, so text, Markdown, JUnit and the HTML report say the
 * same thing in the same words. Stateless and thread-safe.
 */
public final class Figures {

    private static final MathContext DIGITS = new MathContext(4);

    private Figures() {}

    /** A ratio as a signed change: 1.052 → "+5.2%"; NaN → "–". */
    public static String change(double ratio) {
        if (Double.isNaN(ratio)) {
            return "–";
        }
        if (Double.isInfinite(ratio)) {
            return "+∞";
        }
        // a few pairs can bound an interval at +10^30 %: thirty digits say nothing a short form does not
        return String.format(Locale.ROOT, ratio > HUGE ? "%+.2g%%" : "%+.1f%%", (ratio - 1) * 100);
    }

    /** An interval of ratios as changes: "[+1.0%, +9.3%]"; "–" when undefined. */
    public static String interval(Interval interval) {
        return interval.isDefined() ? "[" + change(interval.low()) + ", " + change(interval.high()) + "]" : "–";
    }

    /**
     * The one direction reports, PR comments and charts give a change, said once at their top:
     * every change is current against baseline with + meaning worse.
     */
    public static final String DIRECTION = "change = current vs baseline, + = worse "
            + "(more time per operation, less throughput, more bytes allocated)";

    /** Beyond this ratio (+99,900 %) a change is written in exponent form. */
    private static final double HUGE = 1000;

    /** What the "detectable" column means, for legends. */
    public static final String DETECTABLE = "detectable = the smallest change this much data could have called "
            + "at this confidence (threshold + the interval's half-width); below it a real change can hide";

    /** The change of a result in the {@link #DIRECTION} (+ = worse): "+14.9%"; "–" without a ratio. */
    public static String worse(BenchmarkComparison c) {
        return change(c.worseRatio());
    }

    /**
     * The interval in the {@link #DIRECTION}: "[+6.7%, +23.8%]"; "unbounded" when the data cannot
     * bound it (one fork of one iteration), "–" when there is none.
     */
    public static String worseInterval(BenchmarkComparison c) {
        Interval interval = c.worseInterval();
        if (!interval.isDefined()) {
            return "–";
        }
        if (!(interval.low() > 0) || Double.isInfinite(interval.high())) {
            return "unbounded";
        }
        return interval(interval);
    }

    /** A fraction as a percentage: 0.05 → "5.0%"; NaN → "–". */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "–";
        }
        return Double.isInfinite(fraction) ? "∞"
                : String.format(Locale.ROOT, fraction > HUGE ? "%.2g%%" : "%.1f%%", fraction * 100);
    }

    /** Four significant digits, exponent form for very large or small values; NaN → "–". */
    static String value(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.4g", value);
    }

    /** Four significant digits, never exponent form; "–" when there is no finite value. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** One human sentence for a result: what changed, how sure, and what the data could detect. */
    static String sentence(BenchmarkComparison c) {
        return switch (c.verdict()) {
            case NEW -> "new: not in the baseline";
            case MISSING -> "missing: in the baseline but not in this run";
            default -> c.verdict().name().toLowerCase(Locale.ROOT) + ": " + c.statistic() + " " + change(c.ratio())
                    + " " + interval(c.interval()) + " (threshold ±" + percent(c.threshold())
                    + ", smallest detectable change " + percent(c.smallestDetectableChange()) + ")"
                    + (c.crossEnvironment() ? " [cross-environment]" : "")
                    + (c.singleFork() ? " " + weaker() : "")
                    + (c.notSteady() ? " " + NOT_STEADY : "");
        };
    }

    /** The flag every format gives a result whose iterations still trend within forks. */
    public static final String NOT_STEADY = "[NOT_STEADY: measurement iterations still trend within forks]";

    /** The label every format gives a verdict measured with one fork on a side. */
    public static String weaker() {
        return "[weaker: one fork, interval from its iterations; firm with "
                + BenchmarkComparison.forksForFirmVerdict() + " forks a side]";
    }

    /** "2 regression, 25 inconclusive": the count of each verdict present. */
    public static String summary(Comparison comparison) {
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

package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.ScoreUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The unit a report shows a pair of values in, and how it writes them: a time per operation is
 * rescaled to the unit (ns, µs, ms, s per op) in which the typical value reads 1 … 999, so
 * "11090000000 ns/op" reads "11.09 s/op"; every other unit (throughput, bytes per operation) keeps
 * its own, groups digits ("123,400 ops/s") and takes a prefix from a million on ("6.037 M ops/s"). Four significant digits, never exponent form.
 * Immutable and thread-safe.
 *
 * @param unit    what the values are written in, e.g. {@code µs/op}
 * @param factor  multiply a value in the source unit by this to get it in {@link #unit()}
 */
public record DisplayUnit(String unit, double factor) {

    private static final String[] TIME_UNITS = {"ns", "us", "ms", "s"};
    private static final MathContext DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    /** The display unit for values in {@code unit} whose typical size is {@code typical}. */
    public static DisplayUnit of(String unit, double typical) {
        var parsed = ScoreUnit.parse(unit);
        if (!(typical > 0) || Double.isInfinite(typical)) {
            return new DisplayUnit(unit, 1);
        }
        if (parsed.isEmpty() || parsed.get().kind() != ScoreUnit.Kind.TIME_PER_OPERATION) {
            // Throughput and bytes keep their unit; millions and billions get a prefix so a
            // column of them stays narrow: 33,860,000,000 ops/s reads 33.86 G ops/s.
            return typical >= 1e9 ? new DisplayUnit("G " + unit, 1e-9)
                    : typical >= 1e6 ? new DisplayUnit("M " + unit, 1e-6) : new DisplayUnit(unit, 1);
        }
        String chosen = TIME_UNITS[0] + "/op";
        for (String time : TIME_UNITS) {
            double inUnit = ScoreUnit.convert(typical, unit, time + "/op").orElse(Double.NaN);
            if (inUnit >= 1) {
                chosen = time + "/op";
            }
        }
        double factor = ScoreUnit.convert(1, unit, chosen).orElse(1);
        return new DisplayUnit(chosen.replace("us/", "µs/"), factor);
    }

    /** The display unit of a comparison's values: chosen by the baseline (the current when absent). */
    public static DisplayUnit of(BenchmarkComparison c) {
        double typical = Double.isFinite(c.baselineValue()) && c.baselineValue() > 0 ? c.baselineValue() : c.currentValue();
        return of(c.unit() == null ? "" : c.unit(), typical);
    }

    /** {@code value} (in the source unit) with the unit: "11.09 s/op"; "–" when not finite. */
    public String format(double value) {
        return Double.isFinite(value) ? number(value * factor) + " " + unit : "–";
    }

    /** Four significant digits, digits grouped in thousands, no exponent: 1234567 → "1,235,000". */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        BigDecimal rounded = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(0, rounded.scale()));
        format.setMaximumFractionDigits(Math.max(0, rounded.scale()));
        return format.format(rounded);
    }
}

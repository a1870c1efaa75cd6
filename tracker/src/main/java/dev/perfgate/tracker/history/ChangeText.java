package dev.perfgate.tracker.history;

import dev.perfgate.tracker.compare.Figures;
import java.util.Locale;

/**
 * How a change point reads in every output: {@code +10.2% [+8.1%, +12.4%] worse at a1b2c3d4e5
 * (run #31, after 0f0f0f0f0f), p = 1.2e-09}. Stateless and thread-safe.
 */
public final class ChangeText {

    private ChangeText() {}

    /** The change, its interval, whether it is better or worse, where, and its p-value. */
    public static String of(ChangePoint change, boolean higherIsBetter) {
        return size(change, higherIsBetter) + " at " + where(change) + ", p = " + pValue(change.pValue());
    }

    /** {@code +10.2% [+8.1%, +12.4%] worse}. */
    public static String size(ChangePoint change, boolean higherIsBetter) {
        return Figures.change(change.ratio()) + " [" + Figures.change(change.low()) + ", " + Figures.change(change.high())
                + "] " + (change.worse(higherIsBetter) ? "worse" : "better");
    }

    /** {@code a1b2c3d4e5 (run #31, after 0f0f0f0f0f)}: the first run at the new level and the last at the old. */
    public static String where(ChangePoint change) {
        return change.after().name() + " (run #" + change.after().run().id() + ", after " + change.before().name() + ")";
    }

    /** Two significant digits: {@code 0.00042} → {@code 4.2e-04}. */
    public static String pValue(double p) {
        return p >= 0.01 ? String.format(Locale.ROOT, "%.2f", p) : String.format(Locale.ROOT, "%.1e", p);
    }
}

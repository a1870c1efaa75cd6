package dev.perfgate.tracker.compare;

import java.util.Map;

/**
 * Converts JMH score units to a common scale so a baseline in {@code us/op} and a run in
 * {@code ns/op} still compare: time units to seconds per operation, throughput units to operations
 * per second. Stateless and thread-safe.
 */
final class UnitScale {

    private static final Map<String, Double> SECONDS = Map.of(
            "ns", 1e-9, "us", 1e-6, "ms", 1e-3, "s", 1.0, "min", 60.0, "hr", 3600.0, "day", 86400.0);

    private UnitScale() {}

    /**
     * The factor turning a score in {@code unit} into the common scale, or {@code NaN} when the unit is
     * not one JMH writes (then only identical units can be compared).
     */
    static double factor(String unit) {
        int slash = unit.indexOf('/');
        if (slash < 0) {
            return Double.NaN;
        }
        String top = unit.substring(0, slash);
        String bottom = unit.substring(slash + 1);
        if (bottom.equals("op") && SECONDS.containsKey(top)) {
            return SECONDS.get(top);
        }
        if (top.equals("ops") && SECONDS.containsKey(bottom)) {
            return 1 / SECONDS.get(bottom);
        }
        return Double.NaN;
    }

    /** Factors for both sides; throws {@link IllegalArgumentException} when the units cannot be reconciled. */
    static double[] reconcile(String baselineUnit, String currentUnit, String what) {
        if (baselineUnit.equals(currentUnit)) {
            return new double[] {1, 1};
        }
        double base = factor(baselineUnit);
        double current = factor(currentUnit);
        boolean sameKind = baselineUnit.startsWith("ops/") == currentUnit.startsWith("ops/");
        if (Double.isNaN(base) || Double.isNaN(current) || !sameKind) {
            throw new IllegalArgumentException(what + ": cannot compare unit \"" + currentUnit
                    + "\" with the baseline's \"" + baselineUnit + "\"");
        }
        return new double[] {base, current};
    }
}

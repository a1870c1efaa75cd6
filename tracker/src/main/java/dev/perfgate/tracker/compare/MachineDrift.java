package dev.perfgate.tracker.compare;

/**
 * How much the machine itself moved between the baseline and the current run, measured on the
 * reference benchmarks (code that never changes). Immutable.
 *
 * @param references  how many reference comparisons it was measured on; 0 when the runs had none
 * @param slowdown    the median reference slowdown, a signed fraction (+0.20 = the machine ran 20 % slower)
 * @param interval    that median's interval as a ratio of times (1.20 = 20 % slower), or {@link Interval#NONE}
 * @param spread      how far one benchmark's slowdown can lie from the median by the machine alone, a
 *                    fraction (0.08 = a factor of 1.08 either way); NaN when unknown
 * @param beyond      how many references were on their own a REGRESSION or an IMPROVEMENT
 * @param moved       the machine could not be shown steady: verdicts are normalized
 */
public record MachineDrift(int references, double slowdown, Interval interval, double spread, int beyond,
                           boolean moved) {

    /** No reference benchmark in the runs: nothing is known about the machine. */
    public static final MachineDrift UNKNOWN = new MachineDrift(0, Double.NaN, Interval.NONE, Double.NaN, 0, false);

    /** One line for summaries; empty when the machine did not move beyond its threshold. */
    public String sentence() {
        if (!moved) {
            return "";
        }
        return "the machine moved " + Figures.change(1 + slowdown) + " " + Figures.interval(interval)
                + " on " + references + " reference benchmark" + (references == 1 ? "" : "s")
                + (Double.isFinite(spread) ? ", one benchmark within ±" + Figures.percent(spread)
                        + " of that by the machine alone" : "")
                + (beyond > 0 ? ", " + beyond + " of them beyond their threshold on their own" : "")
                + "; verdicts are on ratios normalized by it";
    }
}

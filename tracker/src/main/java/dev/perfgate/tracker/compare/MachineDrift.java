package dev.perfgate.tracker.compare;

/**
 * How much the machine itself moved between the baseline and the current run, measured on the
 * reference benchmarks (code that never changes). Immutable.
 *
 * @param references  how many reference comparisons it was measured on; 0 when the runs had none
 * @param slowdown    the median reference slowdown, a signed fraction (+0.20 = the machine ran 20 % slower)
 * @param interval    that slowdown's interval as a ratio of times (1.20 = 20 % slower), or {@link Interval#NONE}
 * @param moved       the interval lies wholly beyond the references' threshold: verdicts are normalized
 */
public record MachineDrift(int references, double slowdown, Interval interval, boolean moved) {

    /** No reference benchmark in the runs: nothing is known about the machine. */
    public static final MachineDrift UNKNOWN = new MachineDrift(0, Double.NaN, Interval.NONE, false);

    /** One line for summaries; empty when the machine did not move beyond its threshold. */
    public String sentence() {
        if (!moved) {
            return "";
        }
        return "the machine moved " + Figures.change(1 + slowdown) + " " + Figures.interval(interval)
                + " on " + references + " reference benchmark" + (references == 1 ? "" : "s")
                + "; verdicts are on ratios normalized by it";
    }
}

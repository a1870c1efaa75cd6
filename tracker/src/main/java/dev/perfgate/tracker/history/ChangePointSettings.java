package dev.perfgate.tracker.history;

/**
 * How change points are found. Immutable.
 *
 * @param window      runs per window of the split step (Otava's {@code window_len}); windows overlap
 *                    by half, so a change is always well inside one of them
 * @param maxPValue   a change point is kept when its t test's p-value is below this (Otava's default 0.001)
 * @param minSegment  the fewest runs on either side of a change point: with 3, one or two outlying
 *                    runs cannot form a level of their own, and a change is reported once that many
 *                    runs after it exist
 * @param confidence  of the interval given for each change's ratio
 */
public record ChangePointSettings(int window, double maxPValue, int minSegment, double confidence) {

    /** What {@code tracker history --changes} uses unless told otherwise; the accuracy study measured these. */
    public static final ChangePointSettings DEFAULTS = new ChangePointSettings(50, 0.001, 3, 0.99);

    public ChangePointSettings {
        if (minSegment < 2) {
            throw new IllegalArgumentException("--min-segment must be at least 2 (a t test needs two runs a side), was "
                    + minSegment);
        }
        if (window < 2 * minSegment) {
            throw new IllegalArgumentException("--window must hold two segments of " + minSegment + " runs, was " + window);
        }
        if (!(maxPValue > 0 && maxPValue < 1)) {
            throw new IllegalArgumentException("--max-p must be in (0, 1), was " + maxPValue);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("--confidence must be in (0, 1), was " + confidence);
        }
    }

    /**
     * The relaxed p-value of the split step, whose "weak" change points the merge step then holds to
     * {@link #maxPValue}: ten times it below 0.05, as Otava does.
     */
    double firstPassPValue() {
        return maxPValue < 0.05 ? Math.min(0.5, maxPValue * 10) : Math.min(0.99, maxPValue * 2);
    }
}

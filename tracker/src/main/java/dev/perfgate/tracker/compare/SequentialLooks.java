package dev.perfgate.tracker.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The error control of an adaptive A/B. A benchmark is judged at a fixed, geometric schedule of
 * pair counts, from {@code firstLook} growing by half each time up to {@code maxPairs} (3, 5, 8,
 * 10 by default), and may stop at any look. Repeated looks at growing data inflate the error of a
 * fixed-confidence interval, so each look uses the confidence {@code 1 - (1 - confidence) / looks}
 * (Bonferroni over the fixed number of looks): the chance that any look's interval misses the true
 * ratio stays at most {@code 1 - confidence}, whatever the stopping rule. Few, spaced looks keep
 * that correction small where a look after every pair would spend it on nearly identical data.
 * Immutable.
 *
 * @param confidence  the overall confidence the user asked for, e.g. 0.99
 * @param firstLook   pairs before the first look (at least 2: one pair has no spread)
 * @param maxPairs    the most pairs any benchmark gets, always a look
 */
public record SequentialLooks(double confidence, int firstLook, int maxPairs) {

    public SequentialLooks {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        if (firstLook < 2) {
            throw new IllegalArgumentException("the first look needs at least 2 pairs, was " + firstLook);
        }
        if (maxPairs < firstLook) {
            throw new IllegalArgumentException("max pairs " + maxPairs + " is below the first look " + firstLook);
        }
    }

    /** The pair counts at which a benchmark is judged, ascending. */
    public List<Integer> schedule() {
        List<Integer> points = new ArrayList<>();
        for (int n = firstLook; n < maxPairs; n = Math.max(n + 1, (int) Math.ceil(n * 1.5))) {
            points.add(n);
        }
        points.add(maxPairs);
        return points;
    }

    /** How many looks a benchmark can get at most. */
    public int looks() {
        return schedule().size();
    }

    /** The confidence each look's interval is computed at. */
    public double perLookConfidence() {
        return 1 - (1 - confidence) / looks();
    }

    /** True when a benchmark with {@code pairs} pairs is due a look. */
    public boolean isLook(int pairs) {
        return schedule().contains(pairs);
    }
}

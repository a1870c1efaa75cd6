package dev.perfgate.tracker.bisect;

import java.util.List;

/**
 * What a bisect found. Immutable.
 *
 * @param good       the GOOD commit every A/B measured against
 * @param steps      every commit looked at, in the order they were looked at
 * @param first      the first commit whose A/B is REGRESSION, or {@code null} when BAD did not regress
 * @param suspects   commits that did not build between the last good commit and {@code first}: the
 *                   regression may have come in with any of them instead (empty when {@code first} is certain)
 */
public record BisectOutcome(String good, List<BisectStep> steps, BisectStep first, List<BisectStep> suspects) {

    public BisectOutcome {
        steps = List.copyOf(steps);
        suspects = List.copyOf(suspects);
    }

    /** True when BAD regressed against GOOD and a first regressing commit is named. */
    public boolean found() {
        return first != null;
    }
}

package dev.perfgate.tracker.history;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a branch's history already shows a change in its newest runs: what a pull request's
 * report says beside each regression, so a slowdown that came in on main before the pull request
 * is not blamed on it. Immutable.
 *
 * @param branch   the branch whose history was read
 * @param runs     runs in that history
 * @param near     how many of the newest runs count as near
 * @param change   the newest change point among them, if any
 * @param minSegment  runs a side a change needs before it can be seen
 */
public record RecentChange(String branch, int runs, int near, Optional<ChangePoint> change, int minSegment) {

    /** Runs counted as near: a week of nightly runs, or a few days of merges. */
    public static final int NEAR_RUNS = 10;

    public RecentChange {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(change, "change");
    }

    /** The newest change point of {@code series} that starts within its last {@code near} runs. */
    public static RecentChange of(HistorySeries series, String branch, ChangePointDetector detector, int near) {
        List<ChangePoint> changes = detector.detect(series);
        int size = series.points().size();
        Optional<ChangePoint> recent = changes.stream().filter(c -> c.index() >= size - near)
                .reduce((first, second) -> second);
        return new RecentChange(branch, size, near, recent, detector.settings().minSegment());
    }

    /** One sentence for a report. */
    public String sentence(boolean higherIsBetter) {
        if (runs < 2 * minSegment) {
            return String.format(Locale.ROOT, "%s's history has %d runs of it: too few to show a change (one needs %d runs "
                    + "a side)", branch, runs, minSegment);
        }
        if (change.isPresent()) {
            ChangePoint c = change.get();
            return String.format(Locale.ROOT, "%s's history already shows a change near it: %s, %d runs before %s's "
                    + "newest; the regression may have come from %s, not from this change", branch,
                    ChangeText.of(c, higherIsBetter), runs - 1 - c.index(), branch, branch);
        }
        return String.format(Locale.ROOT, "%s's history (%d runs) shows no change in its last %d runs (its newest %d "
                + "cannot show one yet)", branch, runs, Math.min(near, runs), minSegment - 1);
    }
}

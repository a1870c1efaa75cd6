package dev.perfgate.tracker.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the change points of a {@link HistorySeries}: E-divisive means with a t test for
 * significance, windows and weak change points, after Apache Otava (Fleming et al., "Hunter:
 * Using Change Point Detection to Hunt for Performance Regressions", ICPE 2023):
 *
 * <ol>
 *   <li>Split: overlapping windows of {@link ChangePointSettings#window()} runs, each divided
 *       recursively at the split {@link EnergySplit} finds best, for as long as the t test between
 *       the two stretches the split makes has a p-value below the relaxed first-pass level. The
 *       union over windows is the weak change points.</li>
 *   <li>Merge: each weak point is retested between its neighbours; the weakest one above
 *       {@link ChangePointSettings#maxPValue()} (or one with a side shorter than the minimum
 *       segment) is dropped and its neighbours are retested, until every point left passes.</li>
 * </ol>
 *
 * Unlike Otava, neither side of a split may hold fewer than {@link ChangePointSettings#minSegment()}
 * runs, so one outlying run (Otava PR #150's complaint) is never a change. Deterministic: no
 * permutations, no randomness. Immutable and thread-safe.
 */
public final class ChangePointDetector {

    private final ChangePointSettings settings;

    public ChangePointDetector(ChangePointSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** How this detector finds change points. */
    public ChangePointSettings settings() {
        return settings;
    }

    /** The change points of the series, oldest first. */
    public List<ChangePoint> detect(HistorySeries series) {
        double[] x = series.logs();
        List<Integer> indices = indices(x);
        List<ChangePoint> found = new ArrayList<>();
        for (int index : indices) {
            found.add(changePoint(series, x, index, neighbours(indices, index)));
        }
        return found;
    }

    /** The positions of the change points in a series of log values, ascending. */
    public List<Integer> indices(double[] x) {
        return refine(x, merge(x, split(x)));
    }

    /**
     * Moves each change point to where, between its neighbours, the t statistic of the step is
     * largest: the energy statistic finds a change robustly but places it less exactly than the
     * likelihood of a single step in level does (the accuracy study measured both).
     */
    private List<Integer> refine(double[] x, List<Integer> points) {
        List<Integer> refined = new ArrayList<>(points);
        int min = settings.minSegment();
        for (int i = 0; i < refined.size(); i++) {
            int from = i == 0 ? 0 : refined.get(i - 1);
            int to = i == refined.size() - 1 ? x.length : refined.get(i + 1);
            int current = refined.get(i);
            int best = SegmentTest.strongestSplit(x, from, to, min);
            if (best >= 0 && SegmentTest.tStatistic(x, from, best, to) > SegmentTest.tStatistic(x, from, current, to)) {
                refined.set(i, best);
            }
        }
        return refined;
    }

    private List<Integer> split(double[] x) {
        int n = x.length;
        int min = settings.minSegment();
        List<Integer> weak = new ArrayList<>();
        if (n < 2 * min) {
            return weak;
        }
        EnergySplit energy = new EnergySplit(x);
        int step = Math.max(1, settings.window() / 2);
        int start = 0;
        while (start < n) {
            int end = Math.min(start + settings.window(), n);
            List<Integer> inWindow = divide(energy, x, start, end);
            int last = inWindow.isEmpty() ? 0 : inWindow.get(inWindow.size() - 1);
            for (int index : inWindow) {
                if (!weak.contains(index)) {
                    weak.add(index);
                }
            }
            if (end == n) {
                break;
            }
            start = Math.max(last, start + step);
        }
        weak.sort(Comparator.naturalOrder());
        return weak;
    }

    /** E-divisive within one window: split the stretch whose best split is strongest, while it is significant. */
    private List<Integer> divide(EnergySplit energy, double[] x, int start, int end) {
        List<Integer> points = new ArrayList<>();
        while (true) {
            EnergySplit.Candidate best = EnergySplit.Candidate.NONE;
            int from = start;
            int to = end;
            List<Integer> bounds = new ArrayList<>(points);
            bounds.add(end);
            int segmentStart = start;
            for (int bound : bounds) {
                EnergySplit.Candidate candidate = energy.best(segmentStart, bound, settings.minSegment());
                if (candidate.index() >= 0 && candidate.qhat() > best.qhat()) {
                    best = candidate;
                    from = segmentStart;
                    to = bound;
                }
                segmentStart = bound;
            }
            if (best.index() < 0) {
                return points;
            }
            SegmentTest.Step step = SegmentTest.of(x, from, best.index(), to, settings.confidence());
            if (!(step.pValue() < settings.firstPassPValue())) {
                return points;
            }
            points.add(best.index());
            points.sort(Comparator.naturalOrder());
        }
    }

    private List<Integer> merge(double[] x, List<Integer> weak) {
        List<Integer> points = new ArrayList<>(weak);
        while (!points.isEmpty()) {
            int weakest = -1;
            double worst = -1;
            for (int i = 0; i < points.size(); i++) {
                double p = pValue(x, points, i);
                if (p > worst) {
                    worst = p;
                    weakest = i;
                }
            }
            if (worst < settings.maxPValue()) {
                return points;
            }
            points.remove(weakest);
        }
        return points;
    }

    /** The p-value of point {@code i} between its neighbours; 1 when a side is shorter than the minimum segment. */
    private double pValue(double[] x, List<Integer> points, int i) {
        int from = i == 0 ? 0 : points.get(i - 1);
        int to = i == points.size() - 1 ? x.length : points.get(i + 1);
        int index = points.get(i);
        if (index - from < settings.minSegment() || to - index < settings.minSegment()) {
            return 1.0;
        }
        return SegmentTest.of(x, from, index, to, settings.confidence()).pValue();
    }

    private static int[] neighbours(List<Integer> points, int index) {
        int at = points.indexOf(index);
        int from = at == 0 ? 0 : points.get(at - 1);
        int to = at == points.size() - 1 ? Integer.MAX_VALUE : points.get(at + 1);
        return new int[] {from, to};
    }

    private ChangePoint changePoint(HistorySeries series, double[] x, int index, int[] around) {
        int to = Math.min(around[1], x.length);
        SegmentTest.Step step = SegmentTest.of(x, around[0], index, to, settings.confidence());
        List<SeriesPoint> points = series.points();
        return new ChangePoint(index, points.get(index - 1), points.get(index), step.ratio(), step.low(), step.high(),
                step.pValue(), index - around[0], to - index);
    }
}

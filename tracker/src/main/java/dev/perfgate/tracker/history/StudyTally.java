package dev.perfgate.tracker.history;

import dev.perfgate.tracker.compare.WilsonInterval;
import java.util.List;
import java.util.Locale;

/**
 * What one cell of the change-point accuracy study counted: true changes and how many were found
 * within ±1 run, change points reported and how many of them were true, runs looked at, and how
 * many true changes the best single split ({@link SegmentTest#strongestSplit}) placed within ±1
 * run, the most any detector could be expected to find. Not thread-safe (a cell is tallied by one
 * thread).
 */
final class StudyTally {

    int series;
    int runs;
    int trueChanges;
    int found;
    int reported;
    int reportedTrue;
    int seriesWithAny;
    int bestSplitFound;

    /** Counts one series: {@code truth} the true change positions, {@code detected} what the detector said. */
    void add(int length, List<Integer> truth, List<Integer> detected) {
        series++;
        runs += length;
        trueChanges += truth.size();
        reported += detected.size();
        seriesWithAny += detected.isEmpty() ? 0 : 1;
        for (int t : truth) {
            found += detected.stream().anyMatch(d -> Math.abs(d - t) <= 1) ? 1 : 0;
        }
        for (int d : detected) {
            reportedTrue += truth.stream().anyMatch(t -> Math.abs(d - t) <= 1) ? 1 : 0;
        }
    }

    /**
     * Counts where the best single split of a series with one true change at {@code truth} fell:
     * found when within ±1 run of it.
     */
    void addBestSplit(int truth, int bestSplit) {
        bestSplitFound += Math.abs(bestSplit - truth) <= 1 ? 1 : 0;
    }

    /** The sum of several tallies. */
    static StudyTally pooled(List<StudyTally> tallies) {
        StudyTally sum = new StudyTally();
        for (StudyTally t : tallies) {
            sum.series += t.series;
            sum.runs += t.runs;
            sum.trueChanges += t.trueChanges;
            sum.found += t.found;
            sum.reported += t.reported;
            sum.reportedTrue += t.reportedTrue;
            sum.seriesWithAny += t.seriesWithAny;
            sum.bestSplitFound += t.bestSplitFound;
        }
        return sum;
    }

    String recall() {
        return rate(found, trueChanges);
    }

    /** The share of true changes the best single split placed within ±1 run. */
    String bestSplitRecall() {
        return rate(bestSplitFound, trueChanges);
    }

    String precision() {
        return rate(reportedTrue, reported);
    }

    /** Reported change points per 1,000 runs, with the Wilson interval of the per-run rate. */
    String perThousandRuns() {
        if (runs == 0) {
            return "–";
        }
        int falses = reported - reportedTrue;
        WilsonInterval w = WilsonInterval.of95(Math.min(falses, runs), runs);
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", 1000.0 * falses / runs, 1000 * w.low(), 1000 * w.high());
    }

    static String rate(int hits, int trials) {
        if (trials == 0) {
            return "–";
        }
        WilsonInterval w = WilsonInterval.of95(hits, trials);
        return String.format(Locale.ROOT, "%.1f %% [%.1f, %.1f] (%d/%d)", 100.0 * hits / trials, 100 * w.low(),
                100 * w.high(), hits, trials);
    }
}

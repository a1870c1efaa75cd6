package dev.perfgate.calibration;

import dev.perfgate.tracker.ab.AbOutcome;
import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.WilsonInterval;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.BenchmarkKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The running score of one cell of the A/B study (one mode, one true extra work): of its trials
 * (benchmark keys: of {@link KnownWorkBenchmark}, or of the whole suite in an A/A), how many were decided, how many the gate would
 * have acted on (any REGRESSION or IMPROVEMENT when the truth is 0, a REGRESSION otherwise), and
 * how many intervals covered the true ratio. Not thread-safe (the study is sequential).
 */
final class AbCellTally {

    private final StudyMode mode;
    private final int extraWorkPercent;
    private final List<Integer> pairs = new ArrayList<>();
    private Duration wall = Duration.ZERO;
    private int trials;
    private int decisive;
    private int positives;
    private int covered;

    AbCellTally(StudyMode mode, int extraWorkPercent) {
        this.mode = mode;
        this.extraWorkPercent = extraWorkPercent;
    }

    void add(AbOutcome outcome) {
        Map<BenchmarkKey, Integer> pairs = new HashMap<>();
        outcome.effort().forEach((key, effort) -> pairs.put(key, effort.pairs()));
        add(outcome.comparison(), pairs, outcome.elapsed());
    }

    /** One A/B or baseline-mode comparison; {@code pairsByKey} is empty in baseline mode, which has no pairs. */
    void add(Comparison comparison, Map<BenchmarkKey, Integer> pairsByKey, Duration elapsed) {
        wall = wall.plus(elapsed);
        double truth = 1 + extraWorkPercent / 100.0;
        for (BenchmarkComparison c : comparison.benchmarks()) {
            if (!c.verdict().measured()) {
                continue;
            }
            trials++;
            Verdict v = c.verdict();
            decisive += v.decisive() ? 1 : 0;
            positives += v == Verdict.REGRESSION || (extraWorkPercent == 0 && v == Verdict.IMPROVEMENT) ? 1 : 0;
            covered += c.interval().isDefined() && c.interval().low() <= truth && truth <= c.interval().high() ? 1 : 0;
            Integer used = pairsByKey.get(c.key());
            if (used != null) {
                pairs.add(used);
            }
        }
    }

    static String header() {
        return "| mode | true change | n | decided | acted on (95 % Wilson) | interval covers truth | median pairs | wall |\n"
                + "|------|------------:|--:|--------:|------------------------|-----------------------|-------------:|-----:|";
    }

    String row() {
        if (trials == 0) {
            return String.format(Locale.ROOT, "| %s | +%d %% | 0 | – | – | – | – | %s |", label(), extraWorkPercent, wall);
        }
        List<Integer> sorted = pairs.stream().sorted().toList();
        return String.format(Locale.ROOT, "| %s | +%d %% | %d | %d (%.0f %%) | %s %s | %s | %s | %s |",
                label(), extraWorkPercent, trials, decisive, 100.0 * decisive / trials,
                extraWorkPercent == 0 ? "false alarms" : "detected", rate(positives), rate(covered),
                sorted.isEmpty() ? "–" : sorted.get(sorted.size() / 2), wall.withNanos(0));
    }

    private String rate(int hits) {
        WilsonInterval w = WilsonInterval.of95(hits, trials);
        return String.format(Locale.ROOT, "%d/%d [%.0f %%, %.0f %%]", hits, trials, 100 * w.low(), 100 * w.high());
    }

    private String label() {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}

package dev.perfgate.tracker.ab;

import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.Run;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an A/B found: the comparison every output format and report reads, the two sides as runs
 * (each side's forks merged, ready to store), and for every key how many pairs decided it and how
 * long its forks took. Immutable.
 *
 * @param comparison  the verdicts, base as baseline and head as current
 * @param base        the base build's forks as one run
 * @param head        the head build's forks as one run
 * @param effort      per key: pairs used and the wall time of its forks
 * @param onlyInBase  benchmark methods only the base build has (not run)
 * @param onlyInHead  benchmark methods only the head build has (not run)
 * @param elapsed     the whole A/B's wall time
 * @param budgetSpent true when the budget stopped the A/B before every key was decided
 */
public record AbOutcome(Comparison comparison, Run base, Run head, Map<BenchmarkKey, Effort> effort,
        List<String> onlyInBase, List<String> onlyInHead, Duration elapsed, boolean budgetSpent) {

    public AbOutcome {
        effort = Map.copyOf(effort);
        onlyInBase = List.copyOf(onlyInBase);
        onlyInHead = List.copyOf(onlyInHead);
    }

    /** The cost of one key's verdict: pairs measured and the seconds its method's forks took (both builds). */
    public record Effort(int pairs, Duration time) {}
}

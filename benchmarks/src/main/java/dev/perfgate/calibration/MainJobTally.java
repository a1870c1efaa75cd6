package dev.perfgate.calibration;

import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.compare.WilsonInterval;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The {@link MainJobStudy}'s result in plain words: of the runs that ended with a verdict, how many
 * exited 1 (the target is none), and what fraction of the measured comparisons was
 * decisive (UNCHANGED, REGRESSION or IMPROVEMENT, over all but NEW and MISSING), each with its 95 %
 * Wilson interval. A run that recorded the baseline, or failed, is counted and named but has no
 * verdict. Immutable and thread-safe.
 */
public final class MainJobTally {

    private final List<MainJobRecord> records;

    public MainJobTally(List<MainJobRecord> records) {
        this.records = List.copyOf(records);
    }

    public int runs() {
        return records.size();
    }

    public int baselineRuns() {
        return (int) records.stream().filter(MainJobRecord::baselineRecorded).count();
    }

    /** Runs whose main job failed (an exit code other than 0 and 1) without recording the baseline. */
    public int failedRuns() {
        return (int) records.stream().filter(r -> !r.baselineRecorded() && !r.judged()).count();
    }

    public int judgedRuns() {
        return (int) records.stream().filter(MainJobRecord::judged).count();
    }

    /** Judged runs whose main job exited 1. */
    public int exitedOne() {
        return (int) records.stream().filter(r -> r.judged() && r.exitCode() == 1).count();
    }

    /** Judged runs whose current comparison ({@code comparison.json}, perhaps re-judged) holds a REGRESSION. */
    public int wouldExitOne() {
        return (int) records.stream().filter(r -> r.judged() && count(r, Verdict.REGRESSION) > 0).count();
    }

    /** Judged runs with a comparison whose reference benchmarks said the machine moved. */
    public int driftMoved() {
        return (int) records.stream().filter(r -> r.judged() && r.drift() != null && r.drift().moved()).count();
    }

    /** Comparisons of judged runs with both sides present (all verdicts but NEW and MISSING). */
    public int measured() {
        return sum(Verdict::measured);
    }

    public int decisive() {
        return sum(Verdict::decisive);
    }

    /** Time comparisons (all statistics but allocation) of judged runs with both sides present. */
    public int timeMeasured() {
        return timed().mapToInt(MainJobRecord.Time::measured).sum();
    }

    /** Of {@link #timeMeasured()}, the decisive ones. */
    public int timeDecisive() {
        return timed().mapToInt(MainJobRecord.Time::decisive).sum();
    }

    /** The lowest and highest of the judged runs' median smallest detectable time change, when any run has one. */
    public Optional<DoubleSummaryStatistics> detectableRange() {
        DoubleSummaryStatistics range = timed().map(MainJobRecord.Time::medianDetectable).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).summaryStatistics();
        return range.getCount() == 0 ? Optional.empty() : Optional.of(range);
    }

    /** The time breakdown of every judged run that has one. */
    private Stream<MainJobRecord.Time> timed() {
        return records.stream().filter(MainJobRecord::judged).map(MainJobRecord::time).filter(Objects::nonNull);
    }

    /** Every verdict's total over the judged runs, most severe first. */
    public Map<Verdict, Integer> verdicts() {
        Map<Verdict, Integer> totals = new TreeMap<>();
        for (Verdict verdict : Verdict.values()) {
            int n = sum(verdict::equals);
            if (n > 0) {
                totals.put(verdict, n);
            }
        }
        return totals;
    }

    /** The table, as Markdown that reads as plain text too. */
    public String table(String title) {
        StringBuilder out = new StringBuilder();
        out.append(title).append("\n\n");
        out.append("| what | count | fraction | 95 % Wilson interval |\n");
        out.append("|---|---|---|---|\n");
        row(out, "main-job runs", runs());
        row(out, "recorded the local baseline (no verdict)", baselineRuns());
        row(out, "failed: exit neither 0 nor 1 (no verdict)", failedRuns());
        row(out, "judged: compared with the baseline", judgedRuns());
        out.append(fraction("exited 1 (a REGRESSION): the target is none", exitedOne(), judgedRuns()));
        out.append(fraction("would exit 1 by the current compare rule (comparison.json)", wouldExitOne(), judgedRuns()));
        out.append(fraction("machine moved (reference benchmarks)", driftMoved(), judgedRuns()));
        out.append(fraction("decisive comparisons (UNCHANGED, REGRESSION, IMPROVEMENT of all but NEW, MISSING)",
                decisive(), measured()));
        out.append(fraction("decisive time comparisons (every statistic but allocation)", timeDecisive(),
                timeMeasured()));
        out.append("\n");
        detectableRange().ifPresent(range -> out.append(String.format(Locale.ROOT, "Median smallest detectable time"
                + " change a run: %.1f %% to %.1f %% (a time comparison can be UNCHANGED only when it is below the"
                + " threshold).%n", 100 * range.getMin(), 100 * range.getMax())));
        List<String> totals = new ArrayList<>();
        verdicts().forEach((verdict, n) -> totals.add(verdict + " " + n));
        out.append("Verdicts over the judged runs: ").append(totals.isEmpty() ? "none" : String.join(", ", totals))
                .append(".\n");
        out.append("Comparisons within one run share its load and its baseline, so they are not independent:"
                + " the decisive fraction's interval is narrower than the truth.\n");
        loadRange().ifPresent(range -> out.append(range).append('\n'));
        for (MainJobRecord record : records) {
            if (record.baselineRecorded()) {
                out.append(String.format(Locale.ROOT, "Run %d recorded the local baseline %s; it has no verdict.%n",
                        record.run(), record.baselineDir()));
            } else if (!record.judged()) {
                out.append(String.format(Locale.ROOT, "Run %d failed (exit %d)%s.%n", record.run(), record.exitCode(),
                        record.note() == null ? "" : ": " + record.note()));
            }
            for (MainJobRecord.Regression r : record.regressions()) {
                out.append(String.format(Locale.ROOT, "Run %d: REGRESSION %s %s, ratio %s.%n", record.run(),
                        r.benchmark(), r.statistic(), r.ratio() == null ? "unknown" : String.format(Locale.ROOT,
                                "%.3f", r.ratio())));
            }
        }
        return out.toString();
    }

    private Optional<String> loadRange() {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (MainJobRecord r : records) {
            for (Double load : new Double[] {r.loadStart(), r.loadEnd()}) {
                if (load != null && Double.isFinite(load)) {
                    low = Math.min(low, load);
                    high = Math.max(high, load);
                }
            }
        }
        return low > high ? Optional.empty()
                : Optional.of(String.format(Locale.ROOT, "1-minute load average at the runs' starts and"
                        + " ends: %.1f to %.1f.", low, high));
    }

    private int sum(Predicate<Verdict> which) {
        int total = 0;
        for (MainJobRecord record : records) {
            if (record.judged()) {
                for (Verdict verdict : Verdict.values()) {
                    total += which.test(verdict) ? count(record, verdict) : 0;
                }
            }
        }
        return total;
    }

    private static int count(MainJobRecord record, Verdict verdict) {
        return record.counts().getOrDefault(verdict.name(), 0);
    }

    private static void row(StringBuilder out, String what, int count) {
        out.append("| ").append(what).append(" | ").append(count).append(" | | |\n");
    }

    private static String fraction(String what, int successes, int trials) {
        if (trials == 0) {
            return "| " + what + " | 0 of 0 | – | – |\n";
        }
        WilsonInterval interval = WilsonInterval.of95(successes, trials);
        return String.format(Locale.ROOT, "| %s | %d of %d | %.1f %% | %.1f–%.1f %% |%n", what, successes, trials,
                100.0 * successes / trials, 100 * interval.low(), 100 * interval.high());
    }
}

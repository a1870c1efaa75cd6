package dev.perfgate.tracker.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --format github} output: the Markdown of a job summary and of the sticky PR comment
 * (verdict and exit code first, both sides' commits and environments, the table of what changed
 * and a text forest plot), kept under {@link #BUDGET} characters however many benchmarks there are
 * (GitHub refuses a comment over 65,536), and the {@code ::error}/{@code ::warning} workflow
 * commands that annotate the run. Stateless and thread-safe.
 */
public final class GithubReport {

    /** Where a comment starts, so a workflow finds and updates its own comment instead of adding one. */
    public static final String MARKER = "<!-- perfgate-report -->";
    /**
     * The most characters {@link #summary} writes: GitHub's comment limit (65,536) less room for the
     * line the workflow adds (the artifact's link).
     */
    public static final int BUDGET = 64_000;
    /** GitHub shows at most ten annotations of each kind per step; more are dropped silently. */
    static final int ANNOTATIONS_PER_KIND = 10;
    private static final int FOREST_ROWS = 25;
    private static final int NAME = 160;

    private GithubReport() {}

    /** The job summary / PR comment body, at most {@link #BUDGET} characters. */
    public static String summary(Comparison comparison, Gate gate) {
        StringBuilder out = new StringBuilder(MARKER).append('\n');
        boolean fails = gate.fails(comparison);
        out.append("### ").append(fails ? "🔴 perfgate: FAIL" : "🟢 perfgate: PASS").append(" (exit ")
                .append(gate.exitCode(comparison)).append("; ").append(gate.rule()).append(")\n\n");
        out.append(Figures.summary(comparison)).append(" · ").append(Figures.percent(comparison.settings().confidence()))
                .append(" confidence · ").append(Figures.DIRECTION).append("\n\n");
        sides(out, comparison);
        notes(out, comparison);
        List<BenchmarkComparison> attention = comparison.benchmarks().stream().filter(GithubReport::needsAttention).toList();
        List<BenchmarkComparison> rest = comparison.benchmarks().stream().filter(c -> !needsAttention(c)).toList();
        String forest = TextForest.render(attention.isEmpty() ? comparison.benchmarks() : attention, FOREST_ROWS);
        int reserve = forest.length() + 600;
        int left = 0;
        if (!attention.isEmpty()) {
            out.append("**Changed or undecided** (most severe first)\n\n");
            left += table(out, attention, BUDGET - reserve - 2_000);
        }
        if (!forest.isEmpty()) {
            out.append("\n<details open><summary>Forest plot: change with its interval, ┆ = ±threshold")
                    .append(", right = worse</summary>\n\n```text\n").append(forest).append("```\n</details>\n");
        }
        if (!rest.isEmpty()) {
            out.append("\n<details><summary>").append(rest.size()).append(" more (unchanged, new, missing)</summary>\n\n");
            left += table(out, rest, BUDGET - 400);
            out.append("\n</details>\n");
        }
        if (left > 0) {
            out.append("\n").append(left).append(" row").append(left == 1 ? "" : "s")
                    .append(" left out to fit a comment: every row is in the full report (report.html).\n");
        }
        return out.toString();
    }

    /** One workflow command a line: {@code ::error} per regression, {@code ::warning} for the machine's drift. */
    public static String annotations(Comparison comparison) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (comparison.drift().moved()) {
            warnings.add(command("warning", "perfgate: machine moved", comparison.drift().sentence()));
        }
        if (comparison.crossEnvironment()) {
            warnings.add(command("warning", "perfgate: cross-environment",
                    "baseline and current were measured in different environments; every verdict is cross-environment"));
        }
        List<BenchmarkComparison> regressions = comparison.benchmarks().stream()
                .filter(c -> c.verdict() == Verdict.REGRESSION).toList();
        List<BenchmarkComparison> drifts = comparison.benchmarks().stream()
                .filter(c -> c.verdict() == Verdict.MACHINE_DRIFT).toList();
        kind(errors, "error", "perfgate: regression", regressions);
        kind(warnings, "warning", "perfgate: machine drift", drifts);
        StringBuilder out = new StringBuilder();
        errors.forEach(line -> out.append(line).append('\n'));
        warnings.stream().limit(ANNOTATIONS_PER_KIND).forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static void kind(List<String> lines, String level, String title, List<BenchmarkComparison> rows) {
        int room = ANNOTATIONS_PER_KIND - lines.size();
        for (int i = 0; i < rows.size() && room > 0; i++, room--) {
            if (room == 1 && rows.size() - i > 1) {
                lines.add(command(level, title, (rows.size() - i) + " more; see the job summary"));
                return;
            }
            BenchmarkComparison c = rows.get(i);
            lines.add(command(level, title, c.key().display() + ": " + c.statistic() + " " + Figures.worse(c) + " "
                    + Figures.worseInterval(c) + " (+ = worse, threshold ±" + Figures.percent(c.threshold()) + ")"
                    + (c.singleFork() ? " " + Figures.weaker() : "")));
        }
    }

    /** A workflow command as GitHub documents it: {@code ::level title=T::message}, both escaped. */
    static String command(String level, String title, String message) {
        return "::" + level + " title=" + escapeProperty(title) + "::" + escapeData(message);
    }

    /** GitHub's escaping of a command's message: % CR LF. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a command's property value: the message's, plus : and ,. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static boolean needsAttention(BenchmarkComparison c) {
        return c.verdict() == Verdict.REGRESSION || c.verdict() == Verdict.INCONCLUSIVE
                || c.verdict() == Verdict.MACHINE_DRIFT || c.verdict() == Verdict.IMPROVEMENT;
    }

    private static void sides(StringBuilder out, Comparison comparison) {
        List<RunSummary.Row> rows = RunSummary.rows(comparison);
        if (rows.isEmpty()) {
            return;
        }
        out.append("| | baseline | current |\n|---|---|---|\n");
        rows.forEach(row -> out.append("| ").append(row.what()).append(" | ").append(cell(row.baseline(), NAME))
                .append(" | ").append(cell(row.current(), NAME)).append(" |\n"));
        out.append('\n');
    }

    private static void notes(StringBuilder out, Comparison comparison) {
        if (comparison.crossEnvironment()) {
            out.append("> ⚠ Baseline and current were measured in different environments; every verdict is "
                    + "cross-environment.\n\n");
        }
        if (comparison.drift().moved()) {
            out.append("> **Machine moved:** ").append(comparison.drift().sentence()).append(".\n\n");
        }
        long weaker = comparison.benchmarks().stream().filter(BenchmarkComparison::singleFork).count();
        if (weaker > 0) {
            out.append("> ").append(weaker).append(" result").append(weaker == 1 ? " has" : "s have")
                    .append(" one fork on a side (**1f**): verdicts from its iterations, weaker. Run JMH with `-f ")
                    .append(BenchmarkComparison.forksForFirmVerdict()).append("` on both sides for firm ones.\n\n");
        }
        long unsteady = comparison.benchmarks().stream().filter(BenchmarkComparison::notSteady).count();
        if (unsteady > 0) {
            out.append("> ").append(unsteady).append(" result").append(unsteady == 1 ? " is" : "s are")
                    .append(" **NOT_STEADY**: iterations still trend within forks; lengthen the warmup.\n\n");
        }
    }

    /** Writes rows while the output stays under {@code limit}; returns how many did not fit. */
    private static int table(StringBuilder out, List<BenchmarkComparison> rows, int limit) {
        out.append("| verdict | benchmark | stat | baseline | current | change | interval | detectable |\n");
        out.append("|---|---|---|---:|---:|---:|---|---:|\n");
        for (int i = 0; i < rows.size(); i++) {
            String row = row(rows.get(i));
            if (out.length() + row.length() > limit) {
                out.append("| … | ").append(rows.size() - i).append(" more rows in the full report | | | | | | |\n");
                return rows.size() - i;
            }
            out.append(row);
        }
        return 0;
    }

    private static String row(BenchmarkComparison c) {
        DisplayUnit unit = DisplayUnit.of(c);
        StringBuilder flags = new StringBuilder();
        if (c.singleFork()) {
            flags.append(" 1f");
        }
        if (c.notSteady()) {
            flags.append(" NOT_STEADY");
        }
        if (c.crossEnvironment()) {
            flags.append(" ⚠");
        }
        return "| " + symbol(c.verdict()) + " " + c.verdict().name().toLowerCase(Locale.ROOT) + flags
                + " | `" + cell(c.key().display(), NAME).replace("`", "'") + "` | " + c.statistic()
                + " | " + unit.format(c.baselineValue()) + " | " + unit.format(c.currentValue())
                + " | " + Figures.worse(c) + " | " + Figures.worseInterval(c)
                + " | " + Figures.percent(c.smallestDetectableChange()) + " |\n";
    }

    static String symbol(Verdict verdict) {
        return switch (verdict) {
            case REGRESSION -> "🔴";
            case IMPROVEMENT -> "🟢";
            case INCONCLUSIVE -> "🟡";
            case MACHINE_DRIFT -> "🟠";
            case UNCHANGED -> "⚪";
            case NEW, MISSING -> "➕";
        };
    }

    private static String cell(String text, int max) {
        String cut = text.length() > max ? text.substring(0, max - 1) + "…" : text;
        return cut.replace("|", "\\|").replace("\n", " ");
    }
}

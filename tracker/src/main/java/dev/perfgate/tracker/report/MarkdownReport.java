package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.GithubReport;
import dev.perfgate.tracker.compare.Verdict;
import java.util.Locale;

/**
 * Writes {@code report.md}: the comparison's PR comment (exactly what {@code compare --format
 * github} writes: verdict, exit code, both sides, table, text forest plot) followed by the charts, linked by relative path so the
 * directory can be uploaded as it is. Charts of regressions are shown inline; the rest are links,
 * so a PR comment stays short. Stateless and thread-safe.
 */
final class MarkdownReport {

    private MarkdownReport() {}

    static String render(Report report) {
        return body(report) + historyNotes(report);
    }

    /** Beside the regressions, what main's history says: a change already there is not this change's fault. */
    private static String historyNotes(Report report) {
        if (report.historyNotes().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n## Main's history near the regressions\n\n");
        report.historyNotes().forEach(note -> out.append("- `").append(note.key().display().replace("`", "'"))
                .append("`: ").append(note.text()).append("\n"));
        return out.toString();
    }

    private static String body(Report report) {
        StringBuilder out = new StringBuilder("# ").append(report.title()).append("\n\n");
        out.append(GithubReport.summary(report.comparison(), report.gate()).stripTrailing()).append("\n");
        report.overview().ifPresent(forest -> out.append("\n## Overview\n\n")
                .append(image(forest)).append("\n"));
        boolean anyCharts = report.benchmarks().stream().anyMatch(b -> !b.charts().isEmpty());
        if (!anyCharts) {
            return out.toString();
        }
        for (BenchmarkCharts b : report.benchmarks()) {
            if (b.verdict() == Verdict.REGRESSION && !b.charts().isEmpty()) {
                out.append("\n### ").append(Outcome.REGRESSION.symbol()).append(" `").append(code(b)).append("`\n\n");
                b.charts().forEach(chart -> out.append(image(chart)).append("\n"));
            }
        }
        out.append("\n## Charts per benchmark\n\n| benchmark | verdict | charts |\n|---|---|---|\n");
        for (BenchmarkCharts b : report.benchmarks()) {
            if (b.charts().isEmpty()) {
                continue;
            }
            out.append("| `").append(code(b)).append("` | ").append(b.verdict().name().toLowerCase(Locale.ROOT))
                    .append(" |");
            b.charts().forEach(chart -> out.append(" [").append(chart.kind()).append("](").append(chart.fileName())
                    .append(")"));
            out.append(" |\n");
        }
        return out.toString();
    }

    private static String image(ReportChart chart) {
        return "![" + chart.title().replace("[", "(").replace("]", ")") + "](" + chart.fileName() + ")";
    }

    private static String code(BenchmarkCharts b) {
        return b.key().display().replace("|", "\\|").replace("`", "'");
    }
}

package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Figures;
import dev.perfgate.tracker.compare.Verdict;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained page (styles inline, every chart a
 * {@code data:} URI) that reads the same offline, attached to a CI job or mailed. Every text that
 * came from a JMH file is escaped. Stateless and thread-safe.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"DejaVu Sans",sans-serif;margin:2em auto;max-width:1100px;\
            padding:0 1em;color:#222}
            table{border-collapse:collapse;font-size:14px;margin:1em 0}
            th,td{border:1px solid #ddd;padding:4px 8px;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            th{background:#f4f4f4}
            code{font-size:13px}
            img{max-width:100%;height:auto;border:1px solid #eee;margin:.5em 0}
            .warn{background:#fff4e0;border-left:4px solid #e08e0b;padding:.5em 1em}
            .verdict{font-weight:bold}
            """;

    private HtmlReport() {}

    /** {@code images} maps each chart's file name to its rendered PNG. */
    static String render(Report report, Map<String, RenderedChart> images) {
        Comparison comparison = report.comparison();
        StringBuilder out = new StringBuilder(1024 + images.size() * 80_000);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(report.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(report.title())).append("</h1>\n");
        if (comparison.crossEnvironment()) {
            out.append("<p class=\"warn\">Baseline and current were measured in different environments; "
                    + "every verdict is cross-environment.</p>\n");
        }
        out.append("<p>").append(escape(summary(comparison))).append(" (")
                .append(Figures.percent(comparison.settings().confidence()))
                .append(" confidence, hierarchical bootstrap over forks and iterations)</p>\n");
        if (comparison.drift().moved()) {
            out.append("<p class=\"warn\">Machine moved: ").append(escape(comparison.drift().sentence()))
                    .append(".</p>\n");
        }
        table(out, comparison);
        report.overview().ifPresent(forest -> {
            out.append("<h2>Overview</h2>\n");
            image(out, forest, images);
        });
        if (report.benchmarks().stream().anyMatch(b -> !b.charts().isEmpty())) {
            out.append("<h2>Charts per benchmark</h2>\n");
            for (BenchmarkCharts b : report.benchmarks()) {
                if (b.charts().isEmpty()) {
                    continue;
                }
                out.append("<section>\n<h3><code>").append(escape(b.key().display())).append("</code> ")
                        .append(verdict(b.verdict())).append("</h3>\n");
                b.charts().forEach(chart -> image(out, chart, images));
                out.append("</section>\n");
            }
        }
        historyNotes(out, report);
        return out.append("</body>\n</html>\n").toString();
    }

    private static void historyNotes(StringBuilder out, Report report) {
        if (report.historyNotes().isEmpty()) {
            return;
        }
        out.append("<h2>Main's history near the regressions</h2>\n<ul>\n");
        report.historyNotes().forEach(note -> out.append("<li><code>").append(escape(note.key().display()))
                .append("</code>: ").append(escape(note.text())).append("</li>\n"));
        out.append("</ul>\n");
    }

    private static void table(StringBuilder out, Comparison comparison) {
        out.append("<table>\n<tr><th>verdict</th><th>benchmark</th><th>statistic</th><th>baseline</th><th>current</th>"
                + "<th>change</th><th>interval</th><th>threshold</th><th>detectable</th></tr>\n");
        for (BenchmarkComparison c : comparison.benchmarks()) {
            out.append("<tr><td>").append(verdict(c.verdict())).append(c.crossEnvironment() ? " ⚠" : "")
                    .append(c.singleFork() ? " " + escape(Figures.weaker()) : "")
                    .append(c.notSteady() ? " " + escape(Figures.NOT_STEADY) : "")
                    .append("</td><td><code>").append(escape(c.key().display())).append("</code></td><td>")
                    .append(escape(c.statistic().label())).append("</td><td class=\"num\">")
                    .append(value(c.baselineValue(), c.unit())).append("</td><td class=\"num\">")
                    .append(value(c.currentValue(), c.unit())).append("</td><td class=\"num\">")
                    .append(Figures.change(c.ratio())).append("</td><td class=\"num\">")
                    .append(Figures.interval(c.interval())).append("</td><td class=\"num\">±")
                    .append(Figures.percent(c.threshold())).append("</td><td class=\"num\">")
                    .append(Figures.percent(c.smallestDetectableChange())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static String value(double value, String unit) {
        return Double.isFinite(value) ? Figures.plain(value) + " " + escape(unit) : "–";
    }

    private static void image(StringBuilder out, ReportChart chart, Map<String, RenderedChart> images) {
        RenderedChart rendered = images.get(chart.fileName());
        if (rendered == null) {
            throw new IllegalArgumentException("chart " + chart.fileName() + " was not rendered");
        }
        out.append("<figure><img alt=\"").append(escape(chart.title())).append("\" width=\"").append(chart.width())
                .append("\" height=\"").append(chart.height()).append("\" src=\"").append(rendered.dataUri())
                .append("\"></figure>\n");
    }

    private static String verdict(Verdict verdict) {
        String colour = Outcome.of(verdict).map(Outcome::cssColour).orElse("#1f77b4");
        return "<span class=\"verdict\" style=\"color:" + colour + "\">" + verdict.name().toLowerCase(Locale.ROOT)
                + "</span>";
    }

    private static String summary(Comparison comparison) {
        StringBuilder text = new StringBuilder("perfgate: ");
        int before = text.length();
        comparison.counts().forEach((verdict, n) -> {
            if (n > 0) {
                text.append(text.length() == before ? "" : ", ").append(n).append(' ')
                        .append(verdict.name().toLowerCase(Locale.ROOT));
            }
        });
        return text.length() == before ? "perfgate: nothing to compare" : text.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

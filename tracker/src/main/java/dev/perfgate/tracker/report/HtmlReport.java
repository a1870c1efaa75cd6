package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.DisplayUnit;
import dev.perfgate.tracker.compare.Figures;
import dev.perfgate.tracker.compare.RunSummary;
import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.BenchmarkKey;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@code report.html}: one self-contained page (styles inline, every chart an inline SVG or
 * a {@code data:} URI) that reads the same offline, attached to a CI job or mailed. Top down: pass
 * or fail with the exit code, both sides' commits, dates and environments, what the changes mean,
 * the table (every benchmark links to its charts), the forest plot, the charts. Every text that
 * came from a JMH file is escaped. Stateless and thread-safe.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"DejaVu Sans",sans-serif;margin:1.5em auto;max-width:1400px;\
            padding:0 1em;color:#222;font-size:15px}
            h1{font-size:1.5em;margin:.2em 0}
            table{border-collapse:collapse;font-size:13px;margin:.8em 0}
            th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            th{background:#f4f4f4;white-space:nowrap}
            table.results{width:100%}
            td.bench{overflow-wrap:break-word;min-width:16em}
            td.bench .params{color:#666;font-size:12px}
            code{font-size:12.5px}
            figure{margin:.5em 0}
            figure svg,figure img{width:100%;height:auto;border:1px solid #eee}
            .gate{display:inline-block;font-size:1.2em;font-weight:bold;padding:.3em .8em;border-radius:4px;color:#fff}
            .pass{background:#2ca02c}.fail{background:#d62728}
            .warn{background:#fff4e0;border-left:4px solid #e08e0b;padding:.4em 1em;margin:.5em 0}
            .how{background:#eef4fb;border-left:4px solid #1f77b4;padding:.4em 1em;margin:.5em 0}
            .verdict{font-weight:bold;white-space:nowrap}
            .flag{display:inline-block;font-size:11px;border:1px solid #bbb;border-radius:3px;padding:0 3px;\
            margin-left:3px;color:#555;white-space:nowrap}
            .legend{font-size:13px;color:#444}
            .legend dt{font-weight:bold;float:left;clear:left;width:7.5em}
            .legend dd{margin-left:8em}
            """;

    private HtmlReport() {}

    /** {@code images} maps each chart's file name to its rendering. */
    static String render(Report report, Map<String, RenderedChart> images) {
        Comparison comparison = report.comparison();
        StringBuilder out = new StringBuilder(16_384 + images.size() * 60_000);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(report.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(report.title())).append("</h1>\n");
        boolean fails = report.gate().fails(comparison);
        out.append("<p><span class=\"gate ").append(fails ? "fail\">FAIL" : "pass\">PASS").append("</span> exit code ")
                .append(report.gate().exitCode(comparison)).append(" · the gate ").append(escape(report.gate().rule()))
                .append(" · ").append(escape(Figures.summary(comparison))).append("</p>\n");
        sides(out, comparison);
        warnings(out, report);
        out.append("<p class=\"how\"><b>How to read:</b> ").append(escape(Figures.DIRECTION)).append(", with its ")
                .append(Figures.percent(comparison.settings().confidence()))
                .append(" confidence interval (hierarchical bootstrap over forks and iterations). The forest plot uses the"
                        + " same direction: right of 1 is worse.</p>\n");
        Map<BenchmarkKey, String> anchors = anchors(report);
        table(out, comparison, anchors);
        legend(out);
        report.overview().ifPresent(forest -> {
            out.append("<h2 id=\"overview\">Overview</h2>\n");
            image(out, forest, images);
        });
        if (!anchors.isEmpty()) {
            out.append("<h2>Charts per benchmark</h2>\n");
            if (report.uncharted() > 0) {
                out.append("<p>Charts of the ").append(anchors.size()).append(" most severe benchmarks; ")
                        .append(report.uncharted()).append(" more are in the table only, to keep this page small.</p>\n");
            }
            for (BenchmarkCharts b : report.benchmarks()) {
                if (b.charts().isEmpty()) {
                    continue;
                }
                out.append("<section id=\"").append(anchors.get(b.key())).append("\">\n<h3><code>")
                        .append(escape(b.key().display())).append("</code> ").append(verdict(b.verdict()))
                        .append(" <a href=\"#top-").append(anchors.get(b.key())).append("\">↑ table</a></h3>\n");
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

    private static void sides(StringBuilder out, Comparison comparison) {
        List<RunSummary.Row> rows = RunSummary.rows(comparison);
        if (rows.isEmpty()) {
            return;
        }
        out.append("<table class=\"sides\">\n<tr><th></th><th>baseline</th><th>current</th></tr>\n");
        for (RunSummary.Row row : rows) {
            out.append("<tr><th>").append(escape(row.what())).append("</th><td>").append(escape(row.baseline()))
                    .append("</td><td>").append(escape(row.current())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void warnings(StringBuilder out, Report report) {
        Comparison comparison = report.comparison();
        if (comparison.crossEnvironment()) {
            out.append("<p class=\"warn\">⚠ Baseline and current were measured in different environments; "
                    + "every verdict is cross-environment.</p>\n");
        }
        if (comparison.drift().moved()) {
            out.append("<p class=\"warn\">Machine moved: ").append(escape(comparison.drift().sentence()))
                    .append(". Verdicts it leaves open are MACHINE_DRIFT, which does not fail the gate.</p>\n");
        }
        long weaker = comparison.benchmarks().stream().filter(BenchmarkComparison::singleFork).count();
        if (weaker > 0) {
            out.append("<p class=\"warn\">").append(weaker).append(" of ").append(comparison.benchmarks().size())
                    .append(" results have one fork on a side (flag <span class=\"flag\">1 fork</span>): their intervals"
                            + " come from that fork's iterations, widened, and their verdicts are weaker. For firm verdicts"
                            + " run JMH with <code>-f ").append(BenchmarkComparison.forksForFirmVerdict())
                    .append("</code> (or more) on both sides, or <code>tracker ab</code> on the two builds.</p>\n");
        }
        long unbounded = comparison.benchmarks().stream().filter(c -> "unbounded".equals(Figures.worseInterval(c))).count();
        if (unbounded > 0) {
            out.append("<p class=\"warn\">").append(unbounded).append(" results read <i>unbounded</i>: one fork of one"
                    + " iteration gives nothing to measure noise with. Run more iterations (<code>-i 5</code>) and forks"
                    + " (<code>-f 3</code>).</p>\n");
        }
        long unsteady = comparison.benchmarks().stream().filter(BenchmarkComparison::notSteady).count();
        if (unsteady > 0) {
            out.append("<p class=\"warn\">").append(unsteady).append(" results are <span class=\"flag\">NOT_STEADY</span>:"
                    + " their iterations still trend within forks (a JIT still warming up). Lengthen those benchmarks'"
                    + " warmup before trusting their figures.</p>\n");
        }
    }

    private static void table(StringBuilder out, Comparison comparison, Map<BenchmarkKey, String> anchors) {
        Map<BenchmarkKey, DisplayUnit> units = new HashMap<>();
        ReportBuilder.byKey(comparison).forEach((key, outcomes) -> units.put(key, ReportBuilder.displayUnit(outcomes)));
        // One threshold for all is said once above the table; a column only when rules differ.
        // Allocation has its own rule (max(1 %, 8 B/op) plus the score errors), said in the legend.
        List<BenchmarkComparison> timed = comparison.benchmarks().stream()
                .filter(c -> c.statistic() != Statistic.ALLOCATION).toList();
        boolean thresholds = timed.stream().mapToDouble(BenchmarkComparison::threshold).distinct().count() > 1;
        out.append("<h2>Results</h2>\n<p>").append(thresholds ? "Thresholds differ per benchmark (thresholds.conf)."
                        : "Threshold ±" + escape(Figures.percent(timed.isEmpty()
                                ? comparison.settings().thresholds().defaultThreshold()
                                : timed.get(0).threshold())) + " for every time and throughput result.")
                .append(" A linked benchmark name leads to its charts.</p>\n<table class=\"results\">\n<tr><th>verdict</th><th>benchmark</th><th>stat</th>"
                + "<th class=\"num\">baseline</th><th class=\"num\">current</th><th class=\"num\">change</th>"
                + "<th class=\"num\">interval</th><th class=\"num\">detectable</th>"
                + (thresholds ? "<th class=\"num\">threshold</th>" : "") + "</tr>\n");
        java.util.Set<BenchmarkKey> linked = new java.util.HashSet<>();
        for (BenchmarkComparison c : comparison.benchmarks()) {
            DisplayUnit unit = c.statistic() == Statistic.ALLOCATION ? DisplayUnit.of(c) : units.get(c.key());
            String anchor = anchors.get(c.key());
            out.append("<tr").append(anchor != null && linked.add(c.key()) ? " id=\"top-" + anchor + "\"" : "")
                    .append("><td>").append(verdict(c.verdict())).append(flags(c)).append("</td><td class=\"bench\">")
                    .append(benchmark(c.key(), anchor)).append("</td><td>").append(escape(c.statistic().label()))
                    .append("</td><td class=\"num\">").append(escape(unit.format(c.baselineValue())))
                    .append("</td><td class=\"num\">").append(escape(unit.format(c.currentValue())))
                    .append("</td><td class=\"num\">").append(escape(Figures.worse(c)))
                    .append("</td><td class=\"num\">").append(escape(Figures.worseInterval(c)))
                    .append("</td><td class=\"num\">").append(escape(Figures.percent(c.smallestDetectableChange())))
                    .append("</td>").append(thresholds ? "<td class=\"num\">±" + escape(Figures.percent(c.threshold()))
                            + "</td>" : "").append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static String flags(BenchmarkComparison c) {
        StringBuilder flags = new StringBuilder();
        if (c.singleFork()) {
            flags.append(" <span class=\"flag\" title=\"").append(escape(Figures.weaker())).append("\">1 fork</span>");
        }
        if (c.notSteady()) {
            flags.append(" <span class=\"flag\" title=\"").append(escape(Figures.NOT_STEADY)).append("\">NOT_STEADY</span>");
        }
        if (c.crossEnvironment()) {
            flags.append(" <span class=\"flag\" title=\"measured in different environments\">⚠ env</span>");
        }
        return flags.toString();
    }

    /** Class.method linked to its charts, mode and threads beside it, params on a line of their own. */
    private static String benchmark(BenchmarkKey key, String anchor) {
        // A break opportunity after the class's dot: long class names wrap there, not mid-word.
        String name = "<code>" + escape(key.shortName()).replace(".", ".<wbr>") + "</code>";
        StringBuilder cell = new StringBuilder(anchor == null ? name : "<a href=\"#" + anchor + "\">" + name + "</a>");
        cell.append(' ').append(escape(key.mode().jmhName()));
        if (key.threads() > 1) {
            cell.append(" ×").append(key.threads());
        }
        if (!key.params().isEmpty()) {
            cell.append("<br><span class=\"params\">").append(escape(key.params().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")))).append("</span>");
        }
        return cell.toString();
    }

    private static void legend(StringBuilder out) {
        out.append("<dl class=\"legend\">\n")
                .append("<dt>change</dt><dd>").append(escape(Figures.DIRECTION)).append(".</dd>\n")
                .append("<dt>interval</dt><dd>the change's confidence interval; <i>unbounded</i>: one fork of one"
                        + " iteration, nothing to measure noise with.</dd>\n")
                .append("<dt>detectable</dt><dd>").append(escape(Figures.DETECTABLE)).append(".</dd>\n")
                .append("<dt>threshold</dt><dd>a change within ± this is UNCHANGED; REGRESSION and IMPROVEMENT need the"
                        + " whole interval beyond it.</dd>\n")
                .append("<dt>×N</dt><dd>the benchmark ran on N threads (JMH <code>@Threads</code>).</dd>\n")
                .append("<dt>stat</dt><dd>mean is JMH's score; p50, p99 are SampleTime percentiles; alloc is bytes"
                        + " per operation (<code>-prof gc</code>), judged apart: a change beyond max(1 %, 8 B/op) plus"
                        + " both score errors counts.</dd>\n")
                .append("<dt>1 fork</dt><dd>").append(escape(Figures.weaker())).append(".</dd>\n")
                .append("<dt>NOT_STEADY</dt><dd>").append(escape(Figures.NOT_STEADY)).append(".</dd>\n")
                .append("<dt>machine_drift</dt><dd>the reference benchmarks show the machine moved and the normalized"
                        + " change is still undecided; does not fail the gate.</dd>\n")
                .append("</dl>\n");
    }

    /** An anchor per key that has charts, so table rows link to them. */
    private static Map<BenchmarkKey, String> anchors(Report report) {
        Map<BenchmarkKey, String> anchors = new HashMap<>();
        for (BenchmarkCharts b : report.benchmarks()) {
            if (!b.charts().isEmpty()) {
                anchors.put(b.key(), "b" + (anchors.size() + 1));
            }
        }
        return anchors;
    }

    private static void image(StringBuilder out, ReportChart chart, Map<String, RenderedChart> images) {
        RenderedChart rendered = images.get(chart.fileName());
        if (rendered == null) {
            throw new IllegalArgumentException("chart " + chart.fileName() + " was not rendered");
        }
        String dataUri = rendered.dataUri();
        out.append("<figure>");
        if (rendered.svg() != null && rendered.svg().length() <= dataUri.length()) {
            // Inline SVG where it is the smaller: vector text stays sharp at any zoom.
            out.append("<svg role=\"img\" aria-label=\"").append(escape(chart.title())).append("\"")
                    .append(rendered.svg().substring(rendered.svg().indexOf("<svg") + 4));
        } else {
            out.append("<img alt=\"").append(escape(chart.title())).append("\" width=\"").append(chart.width())
                    .append("\" height=\"").append(chart.height()).append("\" src=\"").append(dataUri).append("\">");
        }
        out.append("</figure>\n");
    }

    private static String verdict(Verdict verdict) {
        String colour = Outcome.of(verdict).map(Outcome::cssColour).orElse("#1f77b4");
        return "<span class=\"verdict\" style=\"color:" + colour + "\">" + verdict.name().toLowerCase(Locale.ROOT)
                + "</span>";
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

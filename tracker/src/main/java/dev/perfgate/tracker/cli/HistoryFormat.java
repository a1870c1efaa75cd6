package dev.perfgate.tracker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.perfgate.tracker.compare.Figures;
import dev.perfgate.tracker.history.ChangePoint;
import dev.perfgate.tracker.history.ChangePointSettings;
import dev.perfgate.tracker.history.ChangeText;
import dev.perfgate.tracker.history.HistorySeries;
import dev.perfgate.tracker.history.SeriesPoint;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes {@code tracker history}'s series and change points as text, Markdown or JSON. Stateless and
 * thread-safe.
 */
final class HistoryFormat {

    /** The formats {@code --format} takes. */
    enum Kind { TEXT, MARKDOWN, JSON }

    /** One benchmark's series and, when asked for, its change points ({@code null}: not asked). */
    record Entry(HistorySeries series, List<ChangePoint> changes) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryFormat() {}

    static String render(Kind kind, List<Entry> entries, String branch, ChangePointSettings settings) {
        return switch (kind) {
            case TEXT -> text(entries, branch, settings);
            case MARKDOWN -> markdown(entries, branch, settings);
            case JSON -> json(entries, branch, settings);
        };
    }

    static String method(ChangePointSettings settings) {
        return String.format(Locale.ROOT, "E-divisive means, t test p < %s, at least %d runs a side, windows of %d runs",
                ChangeText.pValue(settings.maxPValue()), settings.minSegment(), settings.window());
    }

    private static String heading(HistorySeries series, String branch) {
        return series.key().display() + " (" + series.points().size() + " runs" + (branch == null ? "" : " on " + branch)
                + ", " + series.statistic() + ", " + series.unit()
                + (series.skipped() > 0 ? ", " + series.skipped() + " runs left out: no " + series.statistic() + " in "
                        + series.unit() : "") + ")";
    }

    private static String text(List<Entry> entries, String branch, ChangePointSettings settings) {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            HistorySeries series = e.series();
            out.append(heading(series, branch)).append('\n');
            Set<Integer> starts = e.changes() == null ? Set.of()
                    : e.changes().stream().map(ChangePoint::index).collect(Collectors.toSet());
            out.append(String.format(Locale.ROOT, "  %-8s %-12s %14s %7s%n", "run", "commit", series.statistic(), "forks"));
            for (int i = 0; i < series.points().size(); i++) {
                SeriesPoint p = series.points().get(i);
                out.append(String.format(Locale.ROOT, "  %-8s %-12s %14s %7d%s%n", "#" + p.run().id(),
                        p.run().commit() == null ? "-" : p.name(), Figures.plain(p.value()), p.forks(),
                        starts.contains(i) ? "   ← change" : ""));
            }
            if (e.changes() != null) {
                boolean higher = series.key().mode().higherIsBetter();
                out.append("  change points (").append(method(settings)).append("): ")
                        .append(e.changes().isEmpty() ? "none" : e.changes().size()).append('\n');
                for (ChangePoint c : e.changes()) {
                    out.append("    ").append(ChangeText.of(c, higher)).append(String.format(Locale.ROOT,
                            "; %d runs before, %d after%n", c.runsBefore(), c.runsAfter()));
                }
            }
        }
        return out.toString();
    }

    private static String markdown(List<Entry> entries, String branch, ChangePointSettings settings) {
        StringBuilder out = new StringBuilder("## Benchmark history").append(branch == null ? "" : " on `" + branch + "`")
                .append("\n\n");
        boolean changes = entries.stream().anyMatch(e -> e.changes() != null);
        if (changes) {
            out.append("Change points: ").append(method(settings)).append(".\n\n");
        }
        out.append(changes ? "| benchmark | runs | newest | change points |\n|---|---|---|---|\n"
                : "| benchmark | runs | newest |\n|---|---|---|\n");
        for (Entry e : entries) {
            HistorySeries s = e.series();
            String newest = s.points().isEmpty() ? "–"
                    : Figures.plain(s.points().get(s.points().size() - 1).value()) + " " + s.unit();
            out.append("| `").append(s.key().display().replace("|", "\\|").replace("`", "'")).append("` | ")
                    .append(s.points().size()).append(" | ").append(newest).append(" |");
            if (e.changes() != null) {
                boolean higher = s.key().mode().higherIsBetter();
                out.append(e.changes().isEmpty() ? " none" : e.changes().stream()
                        .map(c -> " " + ChangeText.of(c, higher)).collect(Collectors.joining(";<br>"))).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String json(List<Entry> entries, String branch, ChangePointSettings settings) {
        ObjectNode root = JSON.createObjectNode();
        if (branch != null) {
            root.put("branch", branch);
        }
        if (entries.stream().anyMatch(e -> e.changes() != null)) {
            root.putObject("method").put("name", "e-divisive-means")
                    .put("maxPValue", settings.maxPValue()).put("minSegment", settings.minSegment())
                    .put("window", settings.window()).put("confidence", settings.confidence());
        }
        ArrayNode benchmarks = root.putArray("benchmarks");
        for (Entry e : entries) {
            HistorySeries s = e.series();
            ObjectNode b = benchmarks.addObject();
            b.put("benchmark", s.key().benchmark()).put("display", s.key().display()).put("mode", s.key().mode().jmhName())
                    .put("threads", s.key().threads()).put("unit", s.unit()).put("statistic", s.statistic().label())
                    .put("skippedRuns", s.skipped());
            ObjectNode params = b.putObject("params");
            s.key().params().forEach(params::put);
            ArrayNode runs = b.putArray("runs");
            for (SeriesPoint p : s.points()) {
                ObjectNode r = runs.addObject().put("run", p.run().id()).put("commit", p.run().commit())
                        .put("time", p.run().time() == null ? null : p.run().time().toString())
                        .put("value", p.value()).put("forks", p.forks());
                if (Double.isFinite(p.spread())) {
                    r.put("logStandardError", p.spread());
                }
            }
            if (e.changes() != null) {
                ArrayNode cps = b.putArray("changePoints");
                boolean higher = s.key().mode().higherIsBetter();
                for (ChangePoint c : e.changes()) {
                    cps.addObject().put("index", c.index()).put("run", c.after().run().id())
                            .put("commit", c.after().run().commit()).put("previousRun", c.before().run().id())
                            .put("previousCommit", c.before().run().commit()).put("ratio", c.ratio())
                            .put("low", c.low()).put("high", c.high()).put("pValue", c.pValue())
                            .put("worse", c.worse(higher)).put("runsBefore", c.runsBefore()).put("runsAfter", c.runsAfter());
                }
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

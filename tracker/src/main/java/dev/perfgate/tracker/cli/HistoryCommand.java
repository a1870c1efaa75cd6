package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.baseline.BaselineFiles;
import dev.perfgate.tracker.baseline.BaselineReader;
import dev.perfgate.tracker.compare.Statistic;
import dev.perfgate.tracker.history.ChangePoint;
import dev.perfgate.tracker.history.ChangePointDetector;
import dev.perfgate.tracker.history.ChangePointSettings;
import dev.perfgate.tracker.history.HistorySeries;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.report.ChangePointChart;
import dev.perfgate.tracker.report.HistoryTrend;
import dev.perfgate.tracker.report.PngRenderer;
import dev.perfgate.tracker.report.ReportChart;
import dev.perfgate.tracker.report.TrendChart;
import dev.perfgate.tracker.report.TrendPoint;
import dev.perfgate.tracker.store.HistoryStore;
import dev.perfgate.tracker.store.StoreException;
import dev.perfgate.tracker.store.StoredResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker history REGEX [--db URL] [--branch B] [--statistic S] [--changes] [--format F]
 * [--chart FILE] [--baseline DIR]}: prints the stored history of every benchmark key whose name
 * matches, one line per run, oldest first; {@code --changes} adds the series' change points
 * ({@link ChangePointDetector}); {@code --chart} draws the trend of the one matching key as a PNG,
 * its change points marked when {@code --changes} is given and the baseline's score when
 * {@code --baseline} is. Exit 0, or 2 on a bad regex or option, no match, several matches with
 * {@code --chart}, or an unreadable database. Not thread-safe (one per command line).
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Shows the stored history of the benchmarks matching REGEX; --changes finds where it changed, "
                + "--chart draws one as a PNG trend.")
final class HistoryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REGEX",
            description = "Java regex, found in the benchmark's full name or in its display name (Class.method [params] mode).")
    String regex;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--chart", paramLabel = "FILE", description = "Write the trend of the matching benchmark to this PNG.")
    Path chart;

    @Option(names = "--baseline", paramLabel = "DIR",
            description = "Mark this baseline's score on the chart: a baseline directory or a root meaning its 'default'.")
    Path baseline;

    @Option(names = "--branch", paramLabel = "NAME", description = "Only runs recorded on this branch (default: every run).")
    String branch;

    @Option(names = "--changes", description = "Find the change points of each series (E-divisive means with a t test).")
    boolean changes;

    @Option(names = "--statistic", converter = CompareCommand.StatisticConverter.class, defaultValue = "mean",
            description = "What each run's point is: mean (the mode's score, from each fork's iterations) or, for "
                    + "SampleTime, p50, p90, p99, p99.9 from its histograms (default: ${DEFAULT-VALUE}).")
    Statistic statistic;

    @Option(names = "--format", defaultValue = "text", description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    HistoryFormat.Kind format;

    @Option(names = "--max-p", paramLabel = "P", defaultValue = "0.001",
            description = "A change point's t test must give a p-value below this (default: ${DEFAULT-VALUE}).")
    double maxP;

    @Option(names = "--min-segment", paramLabel = "RUNS", defaultValue = "3",
            description = "The fewest runs on either side of a change point (default: ${DEFAULT-VALUE}).")
    int minSegment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return fail("REGEX \"" + regex + "\" is not a valid regular expression: " + e.getDescription());
        }
        ChangePointSettings settings;
        try {
            ChangePointSettings d = ChangePointSettings.DEFAULTS;
            settings = new ChangePointSettings(d.window(), maxP, minSegment, d.confidence());
            HistorySeries.requireSeriesStatistic(statistic);
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        String url = database.jdbcUrl();
        Run baselineRun;
        try {
            baselineRun = baseline == null ? null : new BaselineReader().read(BaselineFiles.resolve(baseline));
        } catch (RuntimeException e) {
            return fail("cannot read the baseline " + baseline + ": " + e.getMessage());
        }
        try (HistoryStore store = database.openExisting()) {
            List<BenchmarkKey> keys = matchingKeys(store, pattern);
            if (keys.isEmpty()) {
                return fail("no benchmark in " + store.url() + " matches \"" + regex + "\"");
            }
            if (chart != null && keys.size() > 1) {
                return fail("--chart draws one benchmark but \"" + regex + "\" matches " + keys.size() + ": "
                        + String.join("; ", keys.stream().map(BenchmarkKey::display).toList())
                        + " (narrow the regex)");
            }
            ChangePointDetector detector = new ChangePointDetector(settings);
            List<HistoryFormat.Entry> entries = new ArrayList<>();
            ReportChart drawn = null;
            for (BenchmarkKey key : keys) {
                List<StoredResult> history = store.history(key).stream()
                        .filter(s -> branch == null || branch.equals(s.run().branch())).toList();
                HistorySeries series = HistorySeries.of(key, history, branch, statistic);
                List<ChangePoint> found = changes ? detector.detect(series) : null;
                entries.add(new HistoryFormat.Entry(series, found));
                if (chart != null) {
                    BenchmarkResult marked = baselineRun == null ? null : baselineRun.result(key).orElse(null);
                    Optional<TrendChart> trend = HistoryTrend.of(key, history, marked);
                    if (trend.isEmpty()) {
                        return fail("no run of " + key.display() + (branch == null ? "" : " on branch " + branch)
                                + " to draw");
                    }
                    drawn = changes ? new ChangePointChart(trend.get(), found) : trend.get();
                    if (!changes && format == HistoryFormat.Kind.TEXT) {
                        print(out, trend.get());
                    }
                } else if (!changes && format == HistoryFormat.Kind.TEXT) {
                    HistoryTrend.of(key, history, null).ifPresent(trend -> print(out, trend));
                }
            }
            if (changes || format != HistoryFormat.Kind.TEXT) {
                out.print(HistoryFormat.render(format, entries, branch, settings));
            }
            if (drawn != null) {
                new PngRenderer().write(drawn, chart);
                if (format != HistoryFormat.Kind.JSON) {
                    out.println("chart: " + chart);
                }
            }
            out.flush();
            return TrackerCli.OK;
        } catch (StoreException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail("cannot write the chart: " + e.getMessage());
        }
    }

    /** Every key ever stored whose name matches, sorted. */
    private static List<BenchmarkKey> matchingKeys(HistoryStore store, Pattern pattern) {
        TreeSet<BenchmarkKey> keys = new TreeSet<>();
        for (BenchmarkKey key : store.keys()) {
            if (pattern.matcher(key.benchmark()).find() || pattern.matcher(key.display()).find()) {
                keys.add(key);
            }
        }
        return List.copyOf(keys);
    }

    private void print(PrintWriter out, TrendChart trend) {
        out.println(trend.key().display() + " (" + trend.points().size() + " runs, " + trend.unit() + ")");
        out.printf(Locale.ROOT, "  %-10s %14s %14s%n", "run", "score", "p99");
        for (TrendPoint point : trend.points()) {
            out.printf(Locale.ROOT, "  %-10s %14s %14s%n", point.run(), plain(point.score()),
                    point.hasP99() ? plain(point.p99()) : "-");
        }
        if (!Double.isNaN(trend.baselineScore())) {
            out.printf(Locale.ROOT, "  %-10s %14s%n", "baseline", plain(trend.baselineScore()));
        }
    }

    /** Four significant digits without exponent form: 2070000, 1.234. */
    private static String plain(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("tracker history: " + message);
        spec.commandLine().getErr().flush();
        return TrackerCli.BAD_INPUT;
    }
}

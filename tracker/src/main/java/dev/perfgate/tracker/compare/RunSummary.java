package dev.perfgate.tracker.compare;

import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.RunInfo;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The "who, when, where" of both sides of a comparison as rows of a two-column table (what,
 * baseline, current), for the top of a report or a PR comment: label, commit, branch, date, JVM,
 * OS and CPU. A row is left out when neither side knows it. Stateless and thread-safe.
 */
public final class RunSummary {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One row: what it is, and each side's value ("–" when that side does not know). */
    public record Row(String what, String baseline, String current) {}

    private RunSummary() {}

    public static List<Row> rows(Comparison comparison) {
        RunInfo base = comparison.baseline();
        RunInfo now = comparison.current();
        List<Row> rows = new ArrayList<>();
        add(rows, "run", base, now, RunSummary::label);
        add(rows, "commit", base, now, run -> blankToNull(run.commit()) == null ? null
                : run.commit().length() > 12 ? run.commit().substring(0, 12) : run.commit());
        add(rows, "branch", base, now, run -> blankToNull(run.branch()));
        add(rows, "measured", base, now, run -> run.time() == null ? null : DATE.format(run.time()));
        add(rows, "JVM", base, now, run -> env(run, e -> join(e.jvmName(), e.jdkVersion())));
        add(rows, "OS", base, now, run -> env(run, e -> join(e.osName(), e.osArch())));
        add(rows, "CPU", base, now, run -> env(run, e -> join(e.cpuModel(), e.cores() > 0 ? e.cores() + " cores" : null)));
        return rows;
    }

    private static String label(RunInfo run) {
        String label = blankToNull(run.label());
        return label != null ? label : run.id() > 0 ? "stored run " + run.id() : null;
    }

    private static void add(List<Row> rows, String what, RunInfo base, RunInfo now, Function<RunInfo, String> field) {
        String b = base == null ? null : field.apply(base);
        String c = now == null ? null : field.apply(now);
        if (b != null || c != null) {
            rows.add(new Row(what, b == null ? "–" : b, c == null ? "–" : c));
        }
    }

    private static String env(RunInfo run, Function<Environment, String> field) {
        return run.environment() == null ? null : field.apply(run.environment());
    }

    private static String join(String first, String second) {
        String a = blankToNull(first);
        String b = blankToNull(second);
        return a == null ? b : b == null ? a : a + ", " + b;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

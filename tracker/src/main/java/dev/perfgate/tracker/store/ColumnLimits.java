package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.util.Map;
import java.util.Optional;

/**
 * The longest text each column of the history schema ({@code db/migration}) holds, checked before
 * anything is written: a value over the limit is refused with the field, its length and the limit,
 * where the database would only say "Value too long" in a dump of the SQL statement. The limits
 * are generous for anything JMH writes (a benchmark name of 1,000 characters, a git SHA of 200)
 * and kept, not widened, because PostgreSQL cannot index much longer keys. Stateless.
 */
public final class ColumnLimits {

    public static final int COMMIT = 200;
    public static final int BRANCH = 1000;
    public static final int LABEL = 4000;
    public static final int NAME = 1000;
    public static final int SHORT = 100;
    public static final int JSON = 100_000;
    /** A result's percentiles and secondary metrics, each one JSON text (schema 2). */
    public static final int METRICS_JSON = CompactResultsMigration.JSON_COLUMN;

    private ColumnLimits() {}

    /** What of the run's provenance ({@code --commit}, {@code --branch}, {@code --label}) is too long, if anything. */
    public static Optional<String> provenance(RunInfo info) {
        return first(over("--commit", info.commit(), COMMIT), over("--branch", info.branch(), BRANCH),
                over("--label", info.label(), LABEL));
    }

    /** What of the run's data (environment, names, units, params) is too long, naming the benchmark, if anything. */
    public static Optional<String> data(Run run) {
        Environment env = run.info().environment();
        if (env != null) {
            Optional<String> problem = first(over("\"vmName\"", env.jvmName(), NAME),
                    over("\"vmVersion\"", env.jvmVersion(), NAME), over("\"jdkVersion\"", env.jdkVersion(), NAME),
                    over("\"jvmArgs\"", JsonColumn.of(env.jvmArgs()), JSON), over("\"jmhVersion\"", env.jmhVersion(), SHORT),
                    over("osName", env.osName(), NAME), over("osArch", env.osArch(), SHORT),
                    over("cpuModel", env.cpuModel(), NAME));
            if (problem.isPresent()) {
                return problem;
            }
        }
        for (BenchmarkResult result : run.results()) {
            String problem = resultOver(result);
            if (problem != null) {
                String name = result.key().benchmark();
                return Optional.of("benchmark '" + (name.length() > 120 ? name.substring(0, 120) + "…" : name)
                        + "' [mode " + result.key().mode().jmhName() + "]: " + problem);
            }
        }
        return Optional.empty();
    }

    /**
     * The first of a result's values that is too long, or {@code null}. Nothing is built unless a
     * value is over: ingest checks every result twice (before opening the database, and in the
     * store's own guard), and building the secondary metrics' paths cost a large ingest more than
     * the checks themselves.
     */
    private static String resultOver(BenchmarkResult result) {
        String problem = over("\"benchmark\"", result.key().benchmark(), NAME);
        if (problem == null) {
            problem = paramsOver(result.key().params());
        }
        if (problem == null) {
            problem = over("\"primaryMetric.scoreUnit\"", result.unit(), SHORT);
        }
        if (problem == null) {
            problem = metricsOver(result);
        }
        for (SecondaryMetric metric : result.secondary().values()) {
            if (problem != null) {
                break;
            }
            if (metric.name().length() > NAME || metric.unit().length() > SHORT) {
                String path = "\"secondaryMetrics." + metric.name();
                problem = first(over(path + "\"", metric.name(), NAME), over(path + ".scoreUnit\"", metric.unit(), SHORT))
                        .orElse(null);
            }
        }
        return problem;
    }

    /** As {@link #metricsOver}, for the params' JSON text. */
    private static String paramsOver(Map<String, String> params) {
        long bound = 2;
        for (Map.Entry<String, String> param : params.entrySet()) {
            bound += 6L * (param.getKey().length() + (param.getValue() == null ? 4 : param.getValue().length())) + 6;
        }
        return bound <= JSON ? null : over("\"params\"", JsonColumn.of(params), JSON);
    }

    /**
     * Whether the percentiles' or secondary metrics' JSON text is over {@link #METRICS_JSON}; the
     * text is written only when a bound on its length (every character escaped as six, a number
     * as 24) says it could be, so ingest does not write it twice.
     */
    private static String metricsOver(BenchmarkResult result) {
        long percentiles = 2 + 60L * result.jmh().percentiles().size();
        String problem = percentiles <= METRICS_JSON ? null : over("\"primaryMetric.scorePercentiles\" as JSON",
                JsonColumn.ofPercentiles(result.jmh().percentiles()), METRICS_JSON);
        long secondary = 2;
        for (SecondaryMetric metric : result.secondary().values()) {
            secondary += 6L * (metric.name().length() + metric.unit().length()) + 100;
        }
        return problem != null || secondary <= METRICS_JSON ? problem
                : over("\"secondaryMetrics\" as JSON", JsonColumn.ofSecondary(result.secondary()), METRICS_JSON);
    }

    private static String over(String field, String value, int limit) {
        if (value == null || value.length() <= limit) {
            return null;
        }
        return field + " is " + value.length() + " characters, more than the " + limit
                + " the history database stores";
    }

    private static Optional<String> first(String... problems) {
        for (String problem : problems) {
            if (problem != null) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }
}

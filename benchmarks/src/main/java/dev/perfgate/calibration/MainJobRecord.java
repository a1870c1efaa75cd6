package dev.perfgate.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfgate.tracker.compare.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One main-job run of the {@link MainJobStudy}, as one line of its {@code runs.jsonl}: how the
 * main job ended and what {@code tracker compare} said of its result. Paths are relative to the
 * study directory, so a study can be moved and re-judged. Immutable and thread-safe.
 *
 * @param run               the run's number, from 1
 * @param seed              the load injector's seed (null without the injector)
 * @param profile           the main job's profile, lower case
 * @param exitCode          the main job's exit code: 0 nothing regressed, 1 a regression, else it failed
 * @param wallSeconds       the main job's wall time
 * @param loadStart         the 1-minute load average when the main job started (null when unknown)
 * @param loadEnd           the same when it ended
 * @param baselineRecorded  the main job found no local baseline and recorded this run as it: no verdict
 * @param baselineDir       the local baseline the run was (or would be) compared with, or null when unknown
 * @param result            the JMH-format file that was judged (suite and golden path), or null when none
 * @param compareExit       {@code tracker compare}'s exit code, or null when it was not run
 * @param counts            comparisons per verdict name, as {@code compare --format json} counts them
 * @param drift             the reference benchmarks' verdict on the machine, or null when not judged
 * @param regressions       every REGRESSION of the comparison
 * @param note              why a run has no verdict, or null
 * @param time              the time comparisons alone (every statistic but allocation), or null when not judged
 */
public record MainJobRecord(int run, Long seed, String profile, int exitCode, double wallSeconds, Double loadStart,
        Double loadEnd, boolean baselineRecorded, String baselineDir, String result, Integer compareExit,
        Map<String, Integer> counts, Drift drift, List<Regression> regressions, String note, Time time) {

    public MainJobRecord {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        regressions = regressions == null ? List.of() : List.copyOf(regressions);
    }

    /**
     * How much the machine moved, from {@code comparison.json}'s {@code machineDrift}.
     *
     * @param slowdown    the median reference slowdown, signed fraction; null when there were no references
     * @param moved       the verdicts were normalized by it
     * @param references  how many reference comparisons it rests on
     */
    public record Drift(Double slowdown, boolean moved, int references) {}

    /** One REGRESSION verdict: which benchmark and statistic, and by what ratio (null when it has none). */
    public record Regression(String benchmark, String statistic, Double ratio) {}

    /**
     * The time comparisons of a run (every statistic but allocation, which is nearly deterministic
     * and decided apart): how many had both sides, how many of those were decisive, and the median
     * of their smallest detectable change, the precision that bounds how many can be decisive at
     * the threshold.
     *
     * @param measured            time comparisons with both sides present
     * @param decisive            of those, UNCHANGED, REGRESSION or IMPROVEMENT
     * @param medianDetectable    the median smallest detectable change (a fraction), null when none is finite
     */
    public record Time(int measured, int decisive, Double medianDetectable) {}

    /** True when the main job compared the run with a baseline and ended with a verdict (exit 0 or 1). */
    public boolean judged() {
        return !baselineRecorded && (exitCode == 0 || exitCode == 1);
    }

    /** This record with the verdicts of a (new) {@code compare --format json} output. */
    public MainJobRecord withComparison(int compareExitCode, JsonNode comparison) {
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        comparison.path("counts").fields().forEachRemaining(e -> verdicts.put(e.getKey(), e.getValue().asInt()));
        JsonNode machine = comparison.path("machineDrift");
        Drift machineDrift = new Drift(machine.path("slowdown").isNumber() ? machine.get("slowdown").asDouble() : null,
                machine.path("moved").asBoolean(), machine.path("references").asInt());
        List<Regression> found = new ArrayList<>();
        int timeMeasured = 0;
        int timeDecisive = 0;
        List<Double> detectable = new ArrayList<>();
        for (JsonNode benchmark : comparison.path("benchmarks")) {
            Verdict v = verdictOf(benchmark.path("verdict").asText());
            if (v == Verdict.REGRESSION) {
                found.add(new Regression(benchmark.path("benchmark").asText(), benchmark.path("statistic").asText(),
                        benchmark.path("ratio").isNumber() ? benchmark.get("ratio").asDouble() : null));
            }
            if (v != null && v.measured() && !"alloc".equals(benchmark.path("statistic").asText())) {
                timeMeasured++;
                timeDecisive += v.decisive() ? 1 : 0;
                JsonNode smallest = benchmark.path("smallestDetectableChange");
                if (smallest.isNumber() && Double.isFinite(smallest.asDouble())) {
                    detectable.add(smallest.asDouble());
                }
            }
        }
        return new MainJobRecord(run, seed, profile, exitCode, wallSeconds, loadStart, loadEnd, baselineRecorded,
                baselineDir, result, compareExitCode, verdicts, machineDrift, found, note,
                new Time(timeMeasured, timeDecisive, median(detectable)));
    }

    /** This record without verdicts, saying why. */
    public MainJobRecord withoutComparison(Integer compareExitCode, String why) {
        return new MainJobRecord(run, seed, profile, exitCode, wallSeconds, loadStart, loadEnd, baselineRecorded,
                baselineDir, result, compareExitCode, Map.of(), null, List.of(), why, null);
    }

    /** The verdict of that JSON name, or null for one this version does not know. */
    private static Verdict verdictOf(String name) {
        try {
            return Verdict.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

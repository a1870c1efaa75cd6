package dev.perfgate.calibration;

import dev.perfgate.tracker.jmh.RunnerResults;
import dev.perfgate.tracker.model.Run;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Runs one batch of the accuracy study for real: {@link CalibrationBenchmark} at one slowdown,
 * through JMH's {@link Runner} with fresh forks, returned as the tracker's {@link Run}, exactly
 * as the launcher records a CI run. Not thread-safe in spirit: JMH allows one run per machine.
 *
 * @param forks                  forks per batch (the CI's fork count, at least 2)
 * @param warmupIterations       warmup iterations per fork
 * @param warmupMillis           each warmup iteration's time
 * @param measurementIterations  measurement iterations per fork
 * @param measurementMillis      each measurement iteration's time
 */
public record CalibrationBatches(int forks, int warmupIterations, long warmupMillis,
        int measurementIterations, long measurementMillis) {

    private static final String INCLUDE = "^" + CalibrationBenchmark.class.getName().replace(".", "\\.") + "\\.knownWork$";

    public CalibrationBatches {
        if (forks < 2 || warmupIterations < 0 || measurementIterations < 1 || warmupMillis < 1 || measurementMillis < 1) {
            throw new IllegalArgumentException("need forks >= 2, warmup >= 0, measurement >= 1 and positive times, got "
                    + forks + " forks, " + warmupIterations + "×" + warmupMillis + " ms, "
                    + measurementIterations + "×" + measurementMillis + " ms");
        }
    }

    /**
     * Runs the batch; throws {@link RunnerException} when JMH cannot (e.g. another JMH holds its lock).
     * The {@code slowdownPercent} param is dropped from the keys: it stands for a code change, and a
     * code change does not rename the benchmark, so baseline and current must share the key.
     */
    public Run run(int slowdownPercent) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(INCLUDE)
                .param("slowdownPercent", String.valueOf(slowdownPercent))
                .forks(forks)
                .warmupIterations(warmupIterations)
                .warmupTime(TimeValue.milliseconds(warmupMillis))
                .measurementIterations(measurementIterations)
                .measurementTime(TimeValue.milliseconds(measurementMillis))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        return withoutSlowdownParam(RunnerResults.toRun(results));
    }

    static Run withoutSlowdownParam(Run run) {
        List<BenchmarkResult> results = run.results().stream().map(r -> {
            SortedMap<String, String> params = new TreeMap<>(r.key().params());
            params.remove("slowdownPercent");
            BenchmarkKey key = new BenchmarkKey(r.key().benchmark(), r.key().mode(), params, r.key().threads());
            return new BenchmarkResult(key, r.unit(), r.iterations(), r.jmh(), r.secondary());
        }).toList();
        return new Run(run.info(), results);
    }

    /** What a reader needs to know about one batch. */
    public String describe() {
        return forks + " forks × (" + warmupIterations + "×" + warmupMillis + " ms warmup + "
                + measurementIterations + "×" + measurementMillis + " ms measurement)";
    }
}

package dev.perfgate.tracker.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.SampleTimeResult;
import org.openjdk.jmh.results.ThroughputResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.SampleBuffer;

/** Builds JMH's in-process results the way its Runner does and checks nothing is lost on the way to a Run. */
class RunnerResultsTest {

    private static BenchmarkParams params(String name, org.openjdk.jmh.annotations.Mode mode, TimeUnit unit, int forks) {
        WorkloadParams workload = new WorkloadParams();
        workload.put("size", "64", 0);
        IterationParams warmup = new IterationParams(IterationType.WARMUP, 1, TimeValue.milliseconds(100), 1);
        IterationParams measurement = new IterationParams(IterationType.MEASUREMENT, 2, TimeValue.milliseconds(100), 1);
        return new BenchmarkParams(name, name + "_generated", false, 1, new int[] {1}, List.of(), forks, 0,
                warmup, measurement, mode, workload, unit, 1, "java", List.of("-Xmx256m"), "17.0.12",
                "OpenJDK 64-Bit Server VM", "17.0.12+7", "1.37", TimeValue.minutes(1));
    }

    private static RunResult sampleRun() {
        BenchmarkParams params = params("dev.example.Bench.latency", org.openjdk.jmh.annotations.Mode.SampleTime,
                TimeUnit.MICROSECONDS, 2);
        List<org.openjdk.jmh.results.BenchmarkResult> forks = new ArrayList<>();
        for (int fork = 0; fork < 2; fork++) {
            List<IterationResult> iterations = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                SampleBuffer buffer = new SampleBuffer();
                for (long ns = 1_000; ns <= 50_000; ns += 1_000 + fork * 500 + i * 250) {
                    buffer.add(ns);
                }
                IterationResult result = new IterationResult(params, params.getMeasurement(), new IterationResultMetaData(50, 50));
                result.addResult(new SampleTimeResult(ResultRole.PRIMARY, "latency", buffer, TimeUnit.MICROSECONDS));
                iterations.add(result);
            }
            forks.add(new org.openjdk.jmh.results.BenchmarkResult(params, iterations));
        }
        return new RunResult(params, forks);
    }

    private static RunResult throughputRun() {
        BenchmarkParams params = params("dev.example.Bench.ops", org.openjdk.jmh.annotations.Mode.Throughput, TimeUnit.SECONDS, 1);
        List<IterationResult> iterations = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            IterationResult result = new IterationResult(params, params.getMeasurement(), new IterationResultMetaData(1, 1));
            result.addResult(new ThroughputResult(ResultRole.PRIMARY, "ops", 1_000 + i, 100, TimeUnit.SECONDS));
            iterations.add(result);
        }
        return new RunResult(params, List.of(new org.openjdk.jmh.results.BenchmarkResult(params, iterations)));
    }

    @Test
    void sampleAndThroughputResultsBecomeARunWithJmhsOwnFigures() {
        RunResult sample = sampleRun();
        RunResult throughput = throughputRun();

        Run run = RunnerResults.toRun(List.of(sample, throughput));

        assertThat(run.info().id()).isZero();
        assertThat(run.info().environment().jvmArgs()).containsExactly("-Xmx256m");
        assertThat(run.info().environment().jmhVersion()).isEqualTo("1.37");
        BenchmarkResult latency = run.results().get(0);
        assertThat(latency.key().mode()).isEqualTo(Mode.SAMPLE_TIME);
        assertThat(latency.key().params()).containsEntry("size", "64");
        assertThat(latency.unit()).isEqualTo("us/op");
        assertThat(latency.forkCount()).isEqualTo(2);
        assertThat(latency.iterations()).hasSize(4).allMatch(it -> it.hasLatencies());
        long samples = latency.iterations().stream().mapToLong(it -> it.latencies().getTotalCount()).sum();
        assertThat(samples).isEqualTo(sample.getPrimaryResult().getSampleCount());
        assertThat(latency.iterations().get(0).latencies().getMinValue()).isEqualTo(1_000);
        double jmhScore = sample.getPrimaryResult().getScore();
        assertThat(latency.jmh().score()).isEqualTo(jmhScore);
        assertThat(RecomputedStatistics.of(latency).mean()).isCloseTo(jmhScore, within(jmhScore * 0.001));
        assertThat(RecomputedStatistics.of(latency).percentile(99))
                .isCloseTo(sample.getPrimaryResult().getStatistics().getPercentile(99), within(jmhScore * 0.002));

        BenchmarkResult ops = run.results().get(1);
        assertThat(ops.key().mode()).isEqualTo(Mode.THROUGHPUT);
        List<Double> jmhIterationScores = throughput.getBenchmarkResults().stream()
                .flatMap(fork -> fork.getIterationResults().stream())
                .map(it -> it.getPrimaryResult().getScore()).toList();
        assertThat(ops.iterations()).extracting(it -> it.score()).containsExactlyElementsOf(jmhIterationScores);
        assertThat(jmhIterationScores.get(1)).isGreaterThan(jmhIterationScores.get(0));
    }

    @Test
    void noResultsIsAnError() {
        assertThatThrownBy(() -> RunnerResults.toRun(List.of()))
                .isInstanceOf(InvalidResultException.class).hasMessageContaining("no benchmark results");
    }
}

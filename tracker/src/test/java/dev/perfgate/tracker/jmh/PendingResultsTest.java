package dev.perfgate.tracker.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.JmhSummary;
import dev.perfgate.tracker.model.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PendingResultsTest {

    private static PendingResult sampled(int index, SplittableRandom random) {
        List<LatencySamples.Pending> iterations = new ArrayList<>();
        for (int fork = 0; fork < 3; fork++) {
            for (int it = 0; it < 4; it++) {
                int size = 1 + random.nextInt(200);
                long[] nanos = new long[size];
                long[] counts = new long[size];
                long value = 1_000 + random.nextInt(1_000);
                for (int i = 0; i < size; i++) {
                    value += 1 + random.nextInt(500);
                    nanos[i] = value;
                    counts[i] = 1 + random.nextInt(100);
                }
                iterations.add(new LatencySamples.Pending(fork, it, 1.0 + index, nanos, counts));
            }
        }
        return new PendingResult(key("sampled" + index), "us/op", iterations, null,
                new JmhSummary(index, 0, new TreeMap<>()), null);
    }

    private static PendingResult scored(int index) {
        return new PendingResult(key("scored" + index), "ops/s", null, List.of(new Iteration(0, 0, index, null)),
                new JmhSummary(index, 0, new TreeMap<>()), null);
    }

    private static BenchmarkKey key(String name) {
        return new BenchmarkKey("dev.example.B." + name, Mode.SAMPLE_TIME, new TreeMap<>(), 1);
    }

    @Test
    void everyResultComesBackInOrderAsIfBuiltOnOneThread() {
        SplittableRandom random = new SplittableRandom(3);
        List<PendingResult> pending = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            pending.add(i % 7 == 0 ? scored(i) : sampled(i, random));
        }
        List<BenchmarkResult> results;
        try (PendingResults building = new PendingResults()) {
            pending.forEach(building::add);
            assertThat(building.size()).isEqualTo(300);
            results = building.results();
        }
        List<BenchmarkResult> expected = pending.stream().map(PendingResult::build).toList();
        assertThat(results).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertThat(results.get(i).key()).isEqualTo(expected.get(i).key());
            assertThat(results.get(i).iterations()).isEqualTo(expected.get(i).iterations());
        }
    }

    @Test
    void aFailedBuildIsRethrownToTheReader() {
        SplittableRandom random = new SplittableRandom(4);
        // Fewer counts than values: a bug, never bad input, but it must not vanish on the other thread.
        PendingResult broken = new PendingResult(key("broken"), "us/op",
                List.of(new LatencySamples.Pending(0, 0, 1.0, new long[] {1, 2, 3}, new long[] {1})), null,
                new JmhSummary(1, 0, new TreeMap<>()), null);
        try (PendingResults building = new PendingResults()) {
            building.add(sampled(0, random));
            building.add(broken);
            building.add(sampled(2, random));
            assertThatThrownBy(building::results).isInstanceOf(ArrayIndexOutOfBoundsException.class);
        }
    }
}

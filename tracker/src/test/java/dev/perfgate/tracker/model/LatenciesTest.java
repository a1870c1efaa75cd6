package dev.perfgate.tracker.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static Histogram histogram(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < 10_000; i++) {
            histogram.recordValue((long) (20_000 * Math.exp(random.nextGaussian() * 0.5)));
        }
        return histogram;
    }

    @Test
    void eitherFormGivesTheOtherAndBothAreEqual() {
        Histogram original = histogram(1);
        Latencies decoded = Latencies.of(original);
        Latencies compressed = Latencies.ofCompressed(decoded.compressed());

        assertThat(decoded.histogram()).isSameAs(original);
        assertThat(compressed.histogram()).isEqualTo(original);
        assertThat(compressed.compressed()).isEqualTo(decoded.compressed());
        assertThat(compressed).isEqualTo(decoded).hasSameHashCodeAs(decoded);
        assertThat(Latencies.of(histogram(2))).isNotEqualTo(decoded);
        assertThat(new Iteration(0, 0, 1.0, compressed).latencies()).isEqualTo(original);
    }

    @Test
    void aCorruptEncodingFailsWhenFirstDecoded() {
        Latencies corrupt = Latencies.ofCompressed(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThatThrownBy(corrupt::histogram).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("corrupt compressed histogram");
    }

    @Test
    void threadsDecodingAtOnceShareOneHistogram() throws Exception {
        byte[] bytes = Latencies.of(histogram(3)).compressed();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 50; round++) {
                Latencies shared = Latencies.ofCompressed(bytes);
                List<Future<Histogram>> decodes = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    decodes.add(pool.submit(shared::histogram));
                }
                Histogram first = decodes.get(0).get(10, TimeUnit.SECONDS);
                for (Future<Histogram> decode : decodes) {
                    assertThat(decode.get(10, TimeUnit.SECONDS)).isSameAs(first);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

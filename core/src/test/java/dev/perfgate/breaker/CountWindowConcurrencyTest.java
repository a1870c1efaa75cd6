package dev.perfgate.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The lock-free count window's totals never drift: after threads race through it, refilling it
 * from one thread must give exact counts (any lost or doubled delta would leave a residue).
 */
class CountWindowConcurrencyTest {

    private static final int SIZE = 64;

    @Test
    void totalsStayExactAfterConcurrentWriters() throws Exception {
        CountOutcomeWindow window = new CountOutcomeWindow(SIZE, new RateThresholds(SIZE, 100, 100));
        Hammer.run(4, thread -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < 200_000; i++) {
                window.record(random.nextInt(3) == 0, random.nextInt(5) == 0);
            }
        });
        assertThat(window.calls()).isEqualTo(SIZE);

        for (int i = 0; i < SIZE; i++) {
            window.record(false, false);
        }
        assertThat(window.failures()).isZero();
        assertThat(window.slowCalls()).isZero();

        for (int i = 0; i < SIZE; i++) {
            window.record(true, i % 2 == 0);
        }
        assertThat(window.failures()).isEqualTo(SIZE);
        assertThat(window.slowCalls()).isEqualTo(SIZE / 2);
    }
}

package dev.perfgate.tracker.ab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The run order: balanced ABBA blocks, a fresh shuffle each round, all fixed by the seed. */
class AbScheduleTest {

    private static final List<String> BENCHMARKS = IntStream.range(0, 20).mapToObj(i -> "x.B.m" + i).toList();

    @Test
    void every_block_of_two_rounds_runs_each_benchmark_once_base_first_and_once_head_first() {
        AbSchedule schedule = new AbSchedule(11);
        for (String benchmark : BENCHMARKS) {
            for (int block = 0; block < 5; block++) {
                assertThat(schedule.baseFirst(benchmark, 2 * block)).isNotEqualTo(schedule.baseFirst(benchmark, 2 * block + 1));
            }
        }
    }

    @Test
    void which_build_opens_a_block_is_random_not_fixed() {
        AbSchedule schedule = new AbSchedule(11);
        long baseOpens = BENCHMARKS.stream().filter(b -> schedule.baseFirst(b, 0)).count();
        assertThat(baseOpens).isBetween(3L, 17L);
    }

    @Test
    void the_same_seed_gives_the_same_order_and_rounds_are_shuffled_afresh() {
        AbSchedule a = new AbSchedule(5);
        AbSchedule b = new AbSchedule(5);
        assertThat(a.order(BENCHMARKS, 3)).isEqualTo(b.order(BENCHMARKS, 3));
        assertThat(a.order(BENCHMARKS, 0)).containsExactlyInAnyOrderElementsOf(BENCHMARKS)
                .isNotEqualTo(a.order(BENCHMARKS, 1));
        List<String> reversed = new java.util.ArrayList<>(BENCHMARKS);
        java.util.Collections.reverse(reversed);
        assertThat(a.order(reversed, 2)).isEqualTo(a.order(BENCHMARKS, 2));
    }
}

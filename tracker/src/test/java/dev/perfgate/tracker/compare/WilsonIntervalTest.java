package dev.perfgate.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void matchesPublishedValues() {
        // 0 of 100: the upper bound is 3.70 %, not the 0 a normal interval would claim.
        WilsonInterval none = WilsonInterval.of95(0, 100);
        assertThat(none.low()).isCloseTo(0, within(1e-12));
        assertThat(none.high()).isCloseTo(0.0370, within(1e-4));
        // 20 of 20 detections: at least 83.9 %.
        assertThat(WilsonInterval.of95(20, 20).low()).isCloseTo(0.8389, within(1e-4));
        WilsonInterval half = WilsonInterval.of95(50, 100);
        assertThat(half.low()).isCloseTo(0.4038, within(1e-4));
        assertThat(half.high()).isCloseTo(0.5962, within(1e-4));
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of95(3, 2)).hasMessageContaining("3/2");
        assertThatThrownBy(() -> WilsonInterval.of95(0, 0)).hasMessageContaining("0/0");
    }
}

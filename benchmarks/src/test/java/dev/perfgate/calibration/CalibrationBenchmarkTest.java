package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CalibrationBenchmarkTest {

    @Test
    void slowdownAddsExactlyThatShareOfWork() {
        long base = CalibrationBenchmark.tokensFor(0);
        assertThat(CalibrationBenchmark.tokensFor(5)).isEqualTo(base * 105 / 100);
        assertThat(CalibrationBenchmark.tokensFor(10)).isEqualTo(base * 110 / 100);
        assertThat(CalibrationBenchmark.tokensFor(20)).isEqualTo(base * 120 / 100);
    }

    @Test
    void negativeSlowdownIsRefused() {
        assertThatThrownBy(() -> CalibrationBenchmark.tokensFor(-1)).hasMessageContaining("-1");
    }
}

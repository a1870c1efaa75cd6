package dev.perfgate.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StudentTTest {

    @Test
    void matchesPublishedTableValues() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.7062, within(1e-3));
        assertThat(StudentT.quantile(0.995, 2)).isCloseTo(9.9248, within(1e-3));
        assertThat(StudentT.quantile(0.995, 4)).isCloseTo(4.6041, within(1e-3));
        assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.2281, within(1e-3));
        assertThat(StudentT.quantile(0.995, 1e6)).isCloseTo(2.5758, within(1e-3));
        assertThat(StudentT.quantile(0.025, 10)).isCloseTo(-2.2281, within(1e-3));
    }
}

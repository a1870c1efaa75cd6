package dev.perfgate.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The Student t quantile behind every compare interval, checked through its public use: with the
 * fork-corrected log variances summing to 1, the interval's log half-width is the t quantile itself.
 * These are the published table values the hand-written distribution was tested against before
 * Commons Statistics replaced it.
 */
class RatioEstimateTest {

    /** Log half-width for n forks a side, each side's bootstrap variance chosen so the corrected sum is 1. */
    private static double halfWidth(int forksPerSide, double confidence) {
        double perSide = 0.5 * (forksPerSide - 1) / forksPerSide;
        return RatioEstimate.of(100, perSide, forksPerSide, 100, perSide, forksPerSide, confidence).logHalfWidth();
    }

    @Test
    void halfWidthIsStudentsTWithPooledDegreesOfFreedom() {
        assertThat(halfWidth(2, 0.99)).isCloseTo(9.9248, within(1e-3));      // df 2
        assertThat(halfWidth(3, 0.99)).isCloseTo(4.6041, within(1e-3));      // df 4
        assertThat(halfWidth(6, 0.95)).isCloseTo(2.2281, within(1e-3));      // df 10
        assertThat(halfWidth(500_001, 0.99)).isCloseTo(2.5758, within(1e-3)); // df 1e6: the normal quantile
    }

    @Test
    void intervalIsSymmetricOnTheLogScale() {
        RatioEstimate estimate = RatioEstimate.of(100, 0.25, 6, 120, 0.25, 6, 0.95);
        double logRatio = Math.log(1.2);
        assertThat(estimate.ratio()).isCloseTo(1.2, within(1e-12));
        assertThat(Math.log(estimate.interval().high()) - logRatio)
                .isCloseTo(logRatio - Math.log(estimate.interval().low()), within(1e-9));
        assertThat(estimate.logHalfWidth()).isCloseTo(2.2281 * Math.sqrt(0.6), within(1e-3));
    }

    @Test
    void oneForkOnASideLeavesTheIntervalUnbounded() {
        RatioEstimate estimate = RatioEstimate.of(100, 0.01, 1, 120, 0.01, 5, 0.99);
        assertThat(estimate.interval().high()).isInfinite();
        assertThat(estimate.interval().low()).isZero();
    }
}

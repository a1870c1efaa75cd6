package dev.perfgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading off how many iterations a fork needed before its plateau. */
class WarmupAnalysisTest {

    @Test
    void aForkThatDoublesItsSpeedAfterThreeIterationsNeedsThree() {
        double[] scores = {110, 115, 120, 240, 250, 245, 248, 252, 249, 251, 247, 250};
        assertThat(WarmupAnalysis.iterationsToSteady(scores, 0.10)).isEqualTo(3);
    }

    @Test
    void aSteadyForkNeedsNoneEvenWithNoise() {
        Random random = new Random(3);
        for (int trial = 0; trial < 100; trial++) {
            double[] scores = new double[20];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = 100 * (1 + 0.02 * random.nextGaussian());
            }
            assertThat(WarmupAnalysis.iterationsToSteady(scores, 0.10)).isZero();
        }
    }

    @Test
    void oneIterationSlowedByTheMachineIsNotWarmup() {
        double[] scores = {100, 100, 40, 100, 100, 100, 100, 100, 100, 100};
        assertThat(WarmupAnalysis.iterationsToSteady(scores, 0.10)).isZero();
    }

    @Test
    void aSlowRampIsMeasuredToWhereItEnds() {
        double[] scores = new double[20];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i < 6 ? 50 + 10 * i : 110;
        }
        // the window around iteration 4 has median 90 (18 % off 110), the one around 5 has 100 (9 % off)
        assertThat(WarmupAnalysis.iterationsToSteady(scores, 0.10)).isEqualTo(5);
    }

    @Test
    void tooFewIterationsToTellAreRefused() {
        assertThatThrownBy(() -> WarmupAnalysis.iterationsToSteady(new double[] {1, 2, 3, 4, 5}, 0.1))
                .hasMessageContaining("at least 6");
    }
}

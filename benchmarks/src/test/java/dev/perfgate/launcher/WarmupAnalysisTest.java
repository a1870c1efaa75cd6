package dev.perfgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading off how many iterations a fork, and a class, needed before the plateau. */
class WarmupAnalysisTest {

    @Test
    void aForkThatDoublesItsSpeedAfterThreeIterationsNeedsThree() {
        double[] scores = {110, 115, 120, 240, 250, 245, 248, 252, 249, 251, 247, 250};
        assertThat(WarmupAnalysis.iterationsToSteady(scores, 0.10)).isEqualTo(3);
    }

    @Test
    void aSteadyForkNeedsNoneWithEverydayNoise() {
        Random random = new Random(3);
        for (int trial = 0; trial < 100; trial++) {
            double[] scores = new double[20];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = 100 * (1 + 0.03 * random.nextGaussian());
            }
            assertThat(WarmupAnalysis.iterationsToSteady(scores, 0.10)).isZero();
        }
    }

    @Test
    void aBusyMachineRarelyPassesForWarmup() {
        Random random = new Random(5);
        int called = 0;
        for (int trial = 0; trial < 1000; trial++) {
            double[] scores = new double[20];
            for (int i = 0; i < scores.length; i++) {
                // one iteration in five loses up to 60 % of its time to other processes
                scores[i] = 100 * (1 + 0.02 * random.nextGaussian()) * (random.nextInt(5) == 0 ? 0.4 + 0.6 * random.nextDouble() : 1);
            }
            called += WarmupAnalysis.iterationsToSteady(scores, 0.10) > 0 ? 1 : 0;
        }
        // a median of one iteration would call ~17 % of these forks warming; the median of five, ~4 %
        assertThat(called).isLessThan(80);
    }

    @Test
    void twoSlowIterationsInARowAreNotWarmup() {
        double[] scores = {100, 40, 45, 100, 100, 100, 100, 100, 100, 100};
        assertThat(WarmupAnalysis.iterationsToSteady(scores, 0.10)).isZero();
    }

    @Test
    void aSlowRampIsMeasuredToWhereItReachesThePlateau() {
        double[] scores = new double[20];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i < 8 ? 10 + 12 * i : 110;
        }
        // the window centred on 7 (70, 82, 94, 110, 110) has median 94, 15 % off 110; the one on 8 has 110
        assertThat(WarmupAnalysis.iterationsToSteady(scores, 0.10)).isEqualTo(8);
    }

    @Test
    void aForkStillClimbingAtTheEndNeededAllItsIterations() {
        double[] scores = new double[20];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.pow(1.3, i); // never flat: every window is far below the last fifths' median
        }
        assertThat(WarmupAnalysis.iterationsToSteady(scores, 0.10)).isEqualTo(20);
    }

    @Test
    void aClassNeedsWhatNineInTenOfItsForksNeeded() {
        List<Integer> forks = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            forks.add(2);
        }
        forks.add(9);  // the 19th of 20: the 90th percentile by nearest rank is the 18th
        forks.add(20); // one fork that never settled does not set the class's warmup
        assertThat(WarmupAnalysis.classIterationsToSteady(forks)).isEqualTo(2);
        forks.add(12);
        forks.add(11); // now 22 forks: the 20th value (rank ceil(19.8)) is 11
        assertThat(WarmupAnalysis.classIterationsToSteady(forks)).isEqualTo(11);
    }

    @Test
    void tooFewIterationsToTellAreRefused() {
        assertThatThrownBy(() -> WarmupAnalysis.iterationsToSteady(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 0.1))
                .hasMessageContaining("at least 10");
    }
}

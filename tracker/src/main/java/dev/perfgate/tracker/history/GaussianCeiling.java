package dev.perfgate.tracker.history;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The accuracy study's reference: the same steps at the same positions, but in independent Gaussian
 * noise of a known standard deviation on the log scale, so recall can be read against noise alone.
 * Beside the detector's recall it gives the best single split's ({@link SegmentTest#strongestSplit}),
 * which knows there is exactly one change and needs no significance: with a single step in Gaussian
 * noise that is the maximum-likelihood position, so the ±1-run recall it reaches bounds what any
 * detector could reach at that noise. Deterministic for a seed. Not thread-safe.
 */
final class GaussianCeiling {

    private static final double[] SIGMAS = {0.01, 0.02, 0.03, 0.04, 0.05, 0.075, 0.10, 0.15, 0.20};

    private static final double[] STEPS = {0.05, 0.10};

    private final int seriesPerCell;
    private final int length;
    private final Random random;
    private final ChangePointStudy.StepRuns steps;
    private final ChangePointDetector detector;

    GaussianCeiling(int seriesPerCell, int length, long seed, ChangePointStudy.StepRuns steps,
            ChangePointDetector detector) {
        this.seriesPerCell = seriesPerCell;
        this.length = length;
        this.random = new Random(seed);
        this.steps = steps;
        this.detector = detector;
    }

    void run(PrintStream out) {
        out.printf(Locale.ROOT, "### Gaussian noise: %d series per cell, %d runs each, steps at runs %d..%d%n%n",
                seriesPerCell, length, steps.first(), steps.last());
        out.println("| noise σ | recall, 10 % step | best single split, 10 % | recall, 5 % step "
                + "| best single split, 5 % | false per 1,000 noise runs |");
        out.println("|---|---|---|---|---|---|");
        int min = detector.settings().minSegment();
        for (double sigma : SIGMAS) {
            StudyTally noise = new StudyTally();
            StudyTally[] byStep = {new StudyTally(), new StudyTally()};
            for (int s = 0; s < seriesPerCell; s++) {
                noise.add(length, List.of(), detector.indices(series(sigma, -1, 0)));
                for (int k = 0; k < STEPS.length; k++) {
                    int at = steps.draw(random);
                    double[] x = series(sigma, at, STEPS[k]);
                    byStep[k].add(length, List.of(at), detector.indices(x));
                    byStep[k].addBestSplit(at, SegmentTest.strongestSplit(x, 0, length, min));
                }
            }
            out.printf(Locale.ROOT, "| %.1f %% | %s | %s | %s | %s | %s |%n", sigma * 100, byStep[1].recall(),
                    byStep[1].bestSplitRecall(), byStep[0].recall(), byStep[0].bestSplitRecall(),
                    noise.perThousandRuns());
        }
        out.println();
    }

    /** Log values: noise of {@code sigma}, stepping up by {@code log(1 + step)} from run {@code at} ({@code -1}: never). */
    private double[] series(double sigma, int at, double step) {
        double[] x = new double[length];
        double up = Math.log1p(step);
        for (int i = 0; i < length; i++) {
            x[i] = sigma * random.nextGaussian() + (at >= 0 && i >= at ? up : 0);
        }
        return x;
    }
}

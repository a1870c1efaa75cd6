package dev.perfgate.tracker.model;

import java.util.List;
import java.util.Optional;

/**
 * What makes an iteration score usable by a comparison: a finite, non-negative number, and not
 * every score of a result zero (no ratio to a baseline of nothing exists). JMH itself writes
 * "NaN" only where it measured nothing, which is never an iteration's score. The one rule every
 * reader (JMH files, baselines, stored runs) and the baseline writer apply. Stateless.
 */
public final class IterationScores {

    private IterationScores() {}

    /** What is wrong with one score ("is NaN", "is Infinity", "is negative (-2.0)"), or {@code null}. */
    public static String problem(double score) {
        if (Double.isNaN(score)) {
            return "is NaN, not a score (JMH writes \"NaN\" only where it measured nothing)";
        }
        if (Double.isInfinite(score)) {
            return "is " + (score > 0 ? "Infinity" : "-Infinity") + ", not a score (numbers beyond 1.8e308 overflow)";
        }
        if (score < 0) {
            return "is negative (" + score + "): no JMH mode measures a negative time or rate";
        }
        return null;
    }

    /** The problem when every score is zero, else {@code null}. */
    public static String allZero(double[] scores) {
        for (double score : scores) {
            if (score != 0) {
                return null;
            }
        }
        return scores.length == 0 ? null : "every iteration score is zero: nothing was measured, and no ratio to it exists";
    }

    /** The first problem of a result's iterations, as "fork F iteration I score is NaN …", if any. */
    public static Optional<String> problem(BenchmarkResult result) {
        List<Iteration> iterations = result.iterations();
        double[] scores = new double[iterations.size()];
        for (int i = 0; i < scores.length; i++) {
            Iteration it = iterations.get(i);
            String problem = problem(it.score());
            if (problem != null) {
                return Optional.of("fork " + it.fork() + " iteration " + it.iteration() + ": score " + problem);
            }
            scores[i] = it.score();
        }
        return Optional.ofNullable(allZero(scores));
    }
}

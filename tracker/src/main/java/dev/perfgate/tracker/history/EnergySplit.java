package dev.perfgate.tracker.history;

/**
 * The candidate search of E-divisive means (Matteson &amp; James, JASA 2014, with α = 1): within a
 * stretch {@code [start, end)} of a series, the split τ and end κ that maximise the energy
 * statistic between {@code x[start, τ)} and {@code x[τ, κ)},
 *
 * <pre>Q = 2/(n+m) ΣΣ|Xi − Yj| − 2m/((n+m)(n−1)) Σ|Xi − Xk| − 2n/((n+m)(m−1)) Σ|Yj − Yk|</pre>
 *
 * (n, m the two sides' lengths), the form Apache Otava computes. Both sides hold at least
 * {@code minSegment} points, so a single outlying run can never be a side of its own. O(len²) per
 * call after an O(len²) table. Immutable after construction; not thread-safe to build, safe to share.
 */
final class EnergySplit {

    /** The best split of a stretch: the first index of its right side and its Q; {@code index < 0} when none fits. */
    record Candidate(int index, double qhat) {
        static final Candidate NONE = new Candidate(-1, Double.NEGATIVE_INFINITY);
    }

    private final double[] x;
    /** {@code prefix[j][i]} = Σ_{i' < i} |x[i'] − x[j]|: column sums of the distance matrix. */
    private final double[][] prefix;

    EnergySplit(double[] x) {
        this.x = x.clone();
        int n = x.length;
        prefix = new double[n][n + 1];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                prefix[j][i + 1] = prefix[j][i] + Math.abs(x[i] - x[j]);
            }
        }
    }

    /** Σ_{i ∈ [from, to)} |x[i] − x[j]|. */
    private double column(int j, int from, int to) {
        return prefix[j][to] - prefix[j][from];
    }

    Candidate best(int start, int end, int minSegment) {
        Candidate best = Candidate.NONE;
        double within = 0; // Σ over pairs inside [start, τ)
        for (int tau = start + 1; tau < end; tau++) {
            within += column(tau - 1, start, tau - 1);
            int n = tau - start;
            if (n < minSegment) {
                continue;
            }
            double between = 0; // Σ over i in [start, τ), j in [τ, κ)
            double right = 0;   // Σ over pairs inside [τ, κ)
            for (int kappa = tau + 1; kappa <= end; kappa++) {
                int last = kappa - 1;
                between += column(last, start, tau);
                right += column(last, tau, last);
                int m = kappa - tau;
                if (m < minSegment) {
                    continue;
                }
                double q = 2.0 / (n + m) * between
                        - 2.0 * m / ((double) (n + m) * (n - 1)) * within
                        - 2.0 * n / ((double) (n + m) * (m - 1)) * right;
                if (q > best.qhat()) {
                    best = new Candidate(tau, q);
                }
            }
        }
        return best;
    }

    int length() {
        return x.length;
    }
}

package dev.perfgate.tracker.bisect;

import dev.perfgate.tracker.compare.Verdict;
import java.util.Objects;

/**
 * One commit a bisect looked at: what its A/B against GOOD said, or why it has none. Immutable.
 *
 * @param commit       the full commit id
 * @param description  {@code a1b2c3d subject}, how people recognise it
 * @param verdict      the A/B's overall verdict (REGRESSION when any benchmark regressed), or
 *                     {@code null} when the commit does not build
 * @param detail       the A/B's counts and worst regression, or why the build failed
 */
public record BisectStep(String commit, String description, Verdict verdict, String detail) {

    public BisectStep {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean built() {
        return verdict != null;
    }

    public boolean regressed() {
        return verdict == Verdict.REGRESSION;
    }
}

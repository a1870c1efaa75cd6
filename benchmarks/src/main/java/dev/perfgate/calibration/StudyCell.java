package dev.perfgate.calibration;

/**
 * One cell of the accuracy study: comparisons of {@code slowdownPercent=0} against
 * {@code slowdownPercent} (0 is the A/A cell, where any decisive verdict is a false positive; above
 * 0 an A/B cell, where a regression verdict is a detection). Immutable.
 *
 * @param slowdownPercent  the injected slowdown of the current side
 * @param comparisons      how many disjoint comparisons the cell gets
 */
public record StudyCell(int slowdownPercent, int comparisons) {

    public StudyCell {
        if (slowdownPercent < 0 || comparisons < 1) {
            throw new IllegalArgumentException("a cell needs slowdown >= 0 and >= 1 comparison, got "
                    + slowdownPercent + "% × " + comparisons);
        }
    }

    public boolean isAa() {
        return slowdownPercent == 0;
    }

    public String label() {
        return isAa() ? "A/A" : "A/B +" + slowdownPercent + "%";
    }
}

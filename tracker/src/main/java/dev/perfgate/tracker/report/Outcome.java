package dev.perfgate.tracker.report;

import dev.perfgate.tracker.compare.Verdict;
import java.awt.Color;
import java.util.Optional;

/**
 * How one benchmark came out, as the report draws it: the colour of its row, marker and table
 * cell. A deliberately small mirror of the comparison's verdicts, so the charts do not depend on
 * how the statistics name their cases. Immutable.
 */
public enum Outcome {
    REGRESSION("regression", "🔴", new Color(0xD6, 0x27, 0x28)),
    IMPROVEMENT("improvement", "🟢", new Color(0x2C, 0xA0, 0x2C)),
    INCONCLUSIVE("inconclusive", "🟡", new Color(0xE0, 0x8E, 0x0B)),
    NO_CHANGE("no change", "⚪", new Color(0x55, 0x55, 0x55));

    private final String label;
    private final String symbol;
    private final Color colour;

    Outcome(String label, String symbol, Color colour) {
        this.label = label;
        this.symbol = symbol;
        this.colour = colour;
    }

    /** The outcome a verdict is drawn as; empty for a key on one side only (new or missing). */
    public static Optional<Outcome> of(Verdict verdict) {
        return switch (verdict) {
            case REGRESSION -> Optional.of(REGRESSION);
            case IMPROVEMENT -> Optional.of(IMPROVEMENT);
            case INCONCLUSIVE, MACHINE_DRIFT -> Optional.of(INCONCLUSIVE);
            case UNCHANGED -> Optional.of(NO_CHANGE);
            case NEW, MISSING -> Optional.empty();
        };
    }

    /** Lower-case words for tables and legends. */
    public String label() {
        return label;
    }

    /** An emoji that renders in GitHub Markdown, so the table can be scanned by colour. */
    public String symbol() {
        return symbol;
    }

    public Color colour() {
        return colour;
    }

    /** {@code #rrggbb}, for the HTML report. */
    public String cssColour() {
        return String.format("#%06x", colour.getRGB() & 0xFFFFFF);
    }
}

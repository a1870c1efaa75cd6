package dev.perfgate.tracker.compare;

/** Writes a comparison for a terminal: a warning, a summary line, one line per result. Thread-safe. */
final class TextFormat {

    private TextFormat() {}

    static String render(Comparison comparison) {
        StringBuilder out = new StringBuilder();
        if (comparison.crossEnvironment()) {
            out.append("WARNING: baseline and current were measured in different environments;")
                    .append(" every verdict is cross-environment.\n");
        }
        out.append("perfgate compare: ").append(Figures.summary(comparison)).append('\n');
        if (comparison.drift().moved()) {
            out.append("MACHINE MOVED: ").append(comparison.drift().sentence()).append('\n');
        }
        for (BenchmarkComparison c : comparison.benchmarks()) {
            out.append(String.format("%-13s %s: %s%n", c.verdict(), c.key().display(), Figures.sentence(c)));
        }
        return out.toString();
    }
}

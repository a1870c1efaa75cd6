package dev.perfgate.tracker.compare;

import java.util.List;

/**
 * Writes a comparison as a pull-request comment: a summary line, a table sorted by severity of
 * what needs attention, and everything else (unchanged, new, missing) collapsed in a details
 * block. Thread-safe.
 */
final class MarkdownFormat {

    private MarkdownFormat() {}

    static String render(Comparison comparison) {
        StringBuilder out = new StringBuilder();
        if (comparison.crossEnvironment()) {
            out.append("> **Warning:** baseline and current were measured in different environments; ")
                    .append("every verdict is cross-environment.\n\n");
        }
        out.append("**perfgate:** ").append(Figures.summary(comparison)).append(" (")
                .append(Math.round(comparison.settings().confidence() * 1000) / 10.0)
                .append("% confidence, hierarchical bootstrap over forks and iterations; ").append(Figures.DIRECTION)
                .append(")\n\n");
        if (comparison.drift().moved()) {
            out.append("> **Machine moved:** ").append(comparison.drift().sentence()).append(".\n\n");
        }
        List<BenchmarkComparison> attention = comparison.benchmarks().stream()
                .filter(c -> c.verdict() == Verdict.REGRESSION || c.verdict() == Verdict.INCONCLUSIVE
                        || c.verdict() == Verdict.MACHINE_DRIFT || c.verdict() == Verdict.IMPROVEMENT)
                .toList();
        List<BenchmarkComparison> rest = comparison.benchmarks().stream().filter(c -> !attention.contains(c)).toList();
        if (!attention.isEmpty()) {
            table(out, attention);
        }
        if (!rest.isEmpty()) {
            out.append("\n<details><summary>").append(rest.size()).append(" more (unchanged, new, missing)</summary>\n\n");
            table(out, rest);
            out.append("\n</details>\n");
        }
        return out.toString();
    }

    private static void table(StringBuilder out, List<BenchmarkComparison> rows) {
        out.append("| verdict | benchmark | statistic | baseline | current | change | interval | threshold | detectable |\n");
        out.append("|---|---|---|---:|---:|---:|---|---:|---:|\n");
        for (BenchmarkComparison c : rows) {
            out.append("| ").append(c.verdict()).append(c.crossEnvironment() ? " ⚠" : "")
                    .append(c.singleFork() ? " (weaker: 1 fork; firm with " + BenchmarkComparison.forksForFirmVerdict()
                            + " forks)" : "")
                    .append(c.notSteady() ? " NOT_STEADY" : "")
                    .append(" | `").append(c.key().display().replace("|", "\\|")).append('`')
                    .append(" | ").append(c.statistic())
                    .append(" | ").append(Figures.value(c.baselineValue())).append(' ').append(c.unit())
                    .append(" | ").append(Figures.value(c.currentValue())).append(' ').append(c.unit())
                    .append(" | ").append(Figures.worse(c))
                    .append(" | ").append(Figures.worseInterval(c))
                    .append(" | ±").append(Figures.percent(c.threshold()))
                    .append(" | ").append(Figures.percent(c.smallestDetectableChange()))
                    .append(" |\n");
        }
    }
}

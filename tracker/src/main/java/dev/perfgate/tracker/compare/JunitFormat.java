package dev.perfgate.tracker.compare;

/**
 * Writes a comparison as JUnit XML, the report format every CI system reads: one test case per
 * benchmark key and statistic, regressions as failures, inconclusive results as skipped with the
 * reason. Thread-safe.
 */
final class JunitFormat {

    private JunitFormat() {}

    static String render(Comparison comparison) {
        var counts = comparison.counts();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuite name=\"perfgate\" tests=\"").append(comparison.benchmarks().size())
                .append("\" failures=\"").append(counts.get(Verdict.REGRESSION))
                .append("\" errors=\"0\" skipped=\"")
                .append(counts.get(Verdict.INCONCLUSIVE) + counts.get(Verdict.MACHINE_DRIFT)).append("\">\n");
        for (BenchmarkComparison c : comparison.benchmarks()) {
            out.append("  <testcase classname=\"").append(escape(c.key().benchmark()))
                    .append("\" name=\"").append(escape(c.key().display() + " " + c.statistic())).append("\"");
            String message = escape(Figures.sentence(c));
            switch (c.verdict()) {
                case REGRESSION -> out.append(">\n    <failure message=\"").append(message)
                        .append("\" type=\"regression\"/>\n  </testcase>\n");
                case INCONCLUSIVE, MACHINE_DRIFT -> out.append(">\n    <skipped message=\"").append(message)
                        .append("\"/>\n  </testcase>\n");
                default -> out.append(">\n    <system-out>").append(message).append("</system-out>\n  </testcase>\n");
            }
        }
        return out.append("</testsuite>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

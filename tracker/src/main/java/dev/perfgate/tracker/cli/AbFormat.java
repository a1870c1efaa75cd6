package dev.perfgate.tracker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.perfgate.tracker.ab.AbOutcome;
import dev.perfgate.tracker.compare.BenchmarkComparison;
import dev.perfgate.tracker.compare.OutputFormat;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes an A/B's outcome: the comparison in the format asked for (the same as {@code compare}'s),
 * followed by what each verdict cost, in pairs and seconds, and the methods only one build has.
 * JSON wraps the comparison's document with those figures; JUnit is the comparison's alone.
 * Stateless, thread-safe.
 */
final class AbFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AbFormat() {}

    static String render(OutputFormat format, AbOutcome outcome) {
        String comparison = format.render(outcome.comparison()).replaceFirst("perfgate compare:", "perfgate ab:")
                .replaceFirst("perfgate: (PASS|FAIL)", "perfgate ab: $1");
        return switch (format) {
            case TEXT -> comparison + effortText(outcome, false);
            case MARKDOWN -> comparison + "\n" + effortText(outcome, true);
            // A PR comment has a size limit: the pairs per benchmark are in the text and JSON outputs.
            case GITHUB -> comparison + "\n" + effortText(outcome, true).lines().findFirst().orElse("") + "\n";
            case JSON -> json(comparison, outcome);
            case JUNIT -> comparison;
        };
    }

    /** The one line a terminal shows when the verdicts go to a file. */
    static String summary(AbOutcome outcome) {
        return OutputOptions.summary(outcome.comparison()).replaceFirst("perfgate compare:", "perfgate ab:") + String.format(Locale.ROOT,
                " (%d s%s)", outcome.elapsed().toSeconds(), outcome.budgetSpent() ? ", budget spent" : "");
    }

    private static String effortText(AbOutcome outcome, boolean markdown) {
        StringBuilder text = new StringBuilder();
        String header = String.format(Locale.ROOT, "A/B: %d s in all%s; pairs per verdict:", outcome.elapsed().toSeconds(),
                outcome.budgetSpent() ? ", the budget ran out before every benchmark was decided" : "");
        text.append(markdown ? "**" + header + "**\n\n" : header + "\n");
        for (BenchmarkComparison c : outcome.comparison().benchmarks()) {
            AbOutcome.Effort effort = outcome.effort().get(c.key());
            if (effort != null) {
                text.append(String.format(Locale.ROOT, "%s%-13s %s: %d pairs, %d s%n", markdown ? "- " : "  ",
                        c.verdict(), c.key().display(), effort.pairs(), effort.time().toSeconds()));
            }
        }
        outcome.onlyInBase().forEach(m -> text.append(markdown ? "- " : "  ").append("MISSING       ").append(m)
                .append(": only the base build has it (not run)\n"));
        outcome.onlyInHead().forEach(m -> text.append(markdown ? "- " : "  ").append("NEW           ").append(m)
                .append(": only the head build has it (not run)\n"));
        return text.toString();
    }

    private static String json(String comparison, AbOutcome outcome) {
        try {
            ObjectNode root = JSON.createObjectNode();
            root.set("comparison", JSON.readTree(comparison));
            root.put("elapsedSeconds", outcome.elapsed().toMillis() / 1000.0);
            root.put("budgetSpent", outcome.budgetSpent());
            ArrayNode effort = root.putArray("pairs");
            for (BenchmarkComparison c : outcome.comparison().benchmarks()) {
                AbOutcome.Effort e = outcome.effort().get(c.key());
                if (e != null) {
                    effort.addObject().put("benchmark", c.key().display()).put("verdict", c.verdict().name())
                            .put("pairs", e.pairs()).put("seconds", e.time().toMillis() / 1000.0);
                }
            }
            outcome.onlyInBase().forEach(root.putArray("onlyInBase")::add);
            outcome.onlyInHead().forEach(root.putArray("onlyInHead")::add);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

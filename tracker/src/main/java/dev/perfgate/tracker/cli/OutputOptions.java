package dev.perfgate.tracker.cli;

import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Gate;
import dev.perfgate.tracker.compare.GithubReport;
import dev.perfgate.tracker.compare.OutputFormat;
import dev.perfgate.tracker.io.FileProblem;
import dev.perfgate.tracker.report.ComparisonReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * Where a command's verdicts go, shared by {@code tracker compare} and {@code tracker ab} (a
 * picocli mixin): {@code --format}, {@code --out} and {@code --report}, and the writing they
 * ask for. Not thread-safe (filled by picocli, used by one command).
 */
final class OutputOptions {

    @Option(names = "--format", defaultValue = "text",
            description = "text, markdown, json, junit or github (job summary; ::error/::warning annotations on standard output) (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the verdicts here instead of standard output.")
    Path out;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Also write a chart report here: report.md, report.html (self-contained) and PNG charts.")
    Path reportDir;

    /** Refuses, before a long run, an {@code --out} whose directory does not exist. */
    void requireOutDirectory() {
        Path parent = out == null ? null : out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("--out " + out + ": the directory " + parent + " does not exist");
        }
    }

    /**
     * Prints {@code rendered} on {@code stdout}, or writes it to {@code --out} and prints the
     * {@code summary} line with where it went; with {@code --format github} the annotations of
     * {@code comparison} follow on {@code stdout} either way.
     */
    void emit(PrintWriter stdout, String rendered, Supplier<String> summary, Comparison comparison) {
        if (out != null) {
            write(out, rendered);
            stdout.println(summary.get() + " → " + out);
        } else {
            stdout.print(rendered);
        }
        if (format == OutputFormat.GITHUB) {
            stdout.print(GithubReport.annotations(comparison));
        }
    }

    /** Writes the chart report when {@code --report} asks for one (trends from {@code database}), saying where. */
    void writeChartReport(Comparison comparison, Gate gate, DatabaseOptions database, PrintWriter stdout,
            PrintWriter err) throws IOException {
        if (reportDir != null) {
            var written = ComparisonReport.write(comparison, gate, reportDir, database.target(), err);
            stdout.println("report: " + written.markdown() + ", " + written.html());
        }
    }

    /** The one line of the text format that sums the verdicts up, for a terminal when they go to a file. */
    static String summary(Comparison comparison) {
        return OutputFormat.TEXT.render(comparison).lines().filter(line -> line.startsWith("perfgate compare:"))
                .findFirst().orElse("");
    }

    /** Writes {@code --out}, saying what is wrong with the path when it cannot (the JDK's message is the path alone). */
    private static void write(Path out, String report) {
        try {
            Files.writeString(out, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write --out " + out + ": " + FileProblem.describe(e), e);
        }
    }
}

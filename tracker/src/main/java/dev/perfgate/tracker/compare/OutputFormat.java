package dev.perfgate.tracker.compare;

import java.util.function.Function;

/**
 * The ways a {@link Comparison} is written: plain text for terminals, Markdown for a pull-request
 * comment, JSON for machines, JUnit XML for CI systems, GitHub's job summary. Stateless and thread-safe.
 */
public enum OutputFormat {
    TEXT(TextFormat::render),
    MARKDOWN(MarkdownFormat::render),
    JSON(JsonFormat::render),
    JUNIT(JunitFormat::render),
    /**
     * A GitHub job summary and PR comment ({@link GithubReport#summary}, gate: regressions); the
     * commands add {@link GithubReport#annotations} on standard output.
     */
    GITHUB(comparison -> GithubReport.summary(comparison, Gate.REGRESSION));

    private final Function<Comparison, String> renderer;

    OutputFormat(Function<Comparison, String> renderer) {
        this.renderer = renderer;
    }

    public String render(Comparison comparison) {
        return renderer.apply(comparison);
    }
}

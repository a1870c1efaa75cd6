package dev.perfgate.tracker.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Report} into a directory: one PNG per chart (for {@code report.md}),
 * {@code report.md} and {@code report.html} (charts inline as SVG where that is smaller). Every chart is rendered (in parallel: rendering is the slow part) before any
 * file is written, and each file is replaced atomically, so a failure leaves no half-written
 * report. Files of an earlier report that this one does not name are left alone. Thread-safe;
 * concurrent writes into the same directory are not coordinated.
 */
public final class ReportWriter {

    public static final String MARKDOWN = "report.md";
    public static final String HTML = "report.html";

    private final PngRenderer renderer;
    private final SvgRenderer svg = new SvgRenderer();

    public ReportWriter() {
        this(new PngRenderer());
    }

    public ReportWriter(PngRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * Writes the report, creating {@code directory} if needed. Throws {@link IOException} naming the
     * directory when it is a file or cannot be written.
     */
    public WrittenReport write(Report report, Path directory) throws IOException {
        Objects.requireNonNull(report, "report");
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IOException("report directory " + directory + " is a file, not a directory");
        }
        Map<String, RenderedChart> images = render(report.charts());
        String markdown = MarkdownReport.render(report);
        String html = HtmlReport.render(report, images);

        Files.createDirectories(directory);
        List<Path> pngs = new ArrayList<>();
        for (RenderedChart chart : images.values()) {
            Path file = directory.resolve(chart.chart().fileName());
            AtomicFiles.write(file, chart.png());
            pngs.add(file);
        }
        Path markdownFile = directory.resolve(MARKDOWN);
        Path htmlFile = directory.resolve(HTML);
        AtomicFiles.write(markdownFile, markdown.getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(htmlFile, html.getBytes(StandardCharsets.UTF_8));
        return new WrittenReport(directory, markdownFile, htmlFile, pngs);
    }

    private Map<String, RenderedChart> render(List<ReportChart> charts) {
        Map<String, RenderedChart> byName = new LinkedHashMap<>();
        for (RenderedChart rendered : charts.parallelStream()
                .map(chart -> renderer.render(chart).withSvg(svg.render(chart))).toList()) {
            RenderedChart clash = byName.put(rendered.chart().fileName(), rendered);
            if (clash != null) {
                throw new IllegalArgumentException("two charts would both be written to " + clash.chart().fileName()
                        + ": \"" + clash.chart().title() + "\" and \"" + rendered.chart().title() + "\"");
            }
        }
        return byName;
    }
}

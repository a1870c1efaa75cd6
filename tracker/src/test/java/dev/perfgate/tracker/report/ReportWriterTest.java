package dev.perfgate.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.Gate;
import dev.perfgate.tracker.compare.GithubReport;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.Mode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)]+\\.png)\\)");
    private static final Pattern INLINE_SVG = Pattern.compile("<svg role=\"img\".*?</svg>", Pattern.DOTALL);
    private static final Pattern DATA_URI = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @TempDir
    Path dir;

    /** A trend for every key: three past runs and the current one. */
    private static final TrendSource THREE_RUNS = (key, run, comparisons) -> Optional.of(new TrendChart(key,
            comparisons.get(0).unit(), List.of(new TrendPoint("#1", 1, Double.NaN, false),
                    new TrendPoint("#2", 1.1, Double.NaN, false),
                    new TrendPoint("#3", 1.6, Double.NaN, comparisons.get(0).verdict() == Verdict.REGRESSION)),
            1.0));

    @Test
    void writesMarkdownHtmlAndAValidPngPerChartNamingEveryBenchmark() throws Exception {
        Comparison comparison = ReportFixtures.mixedComparison();
        Report report = new ReportBuilder(THREE_RUNS).build(comparison);
        WrittenReport written = new ReportWriter().write(report, dir.resolve("report"));

        // forest + latency of the SampleTime key + a trend for each of the 4 keys
        assertThat(written.charts()).hasSize(1 + 1 + 4);
        for (Path png : written.charts()) {
            assertThat(png).exists().hasParent(dir.resolve("report"));
            assertThat(ReportFixtures.png(Files.readAllBytes(png)).getWidth()).isGreaterThanOrEqualTo(1000);
        }
        String markdown = Files.readString(written.markdown());
        String html = Files.readString(written.html());
        for (String name : List.of("TokenBenchmark.validate", "HandshakeBenchmark.upgrade", "BreakerBenchmark.call",
                "BudgetBenchmark.deadline")) {
            assertThat(markdown).contains(name);
            assertThat(html).contains(name);
        }
        assertThat(dir.resolve("report")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void markdownIsTheComparisonsOwnTableWithEveryChartLinkedByRelativePath() throws Exception {
        Comparison comparison = ReportFixtures.mixedComparison();
        WrittenReport written = new ReportWriter().write(new ReportBuilder(THREE_RUNS).build(comparison), dir);
        String markdown = Files.readString(written.markdown());

        assertThat(markdown).startsWith("# perfgate: pr-42 vs baseline\n")
                .contains(GithubReport.summary(comparison, Gate.REGRESSION).stripTrailing())
                .contains("![Change of every result");
        Matcher links = MARKDOWN_LINK.matcher(markdown);
        List<String> linked = new ArrayList<>();
        while (links.find()) {
            linked.add(links.group(1));
        }
        assertThat(linked).allSatisfy(link -> {
            assertThat(link).doesNotContain("/").doesNotContain(dir.toString());
            assertThat(dir.resolve(link)).exists();
        });
        assertThat(linked).containsAll(written.charts().stream().map(p -> p.getFileName().toString()).toList());
        // the regression's charts are shown inline, not only linked
        assertThat(markdown).containsPattern("### .* `TokenBenchmark.validate [^`]*`\\n\\n!\\[");
    }

    @Test
    void htmlIsSelfContainedWithEveryChartEmbeddedAsInlineSvgOrAPngDataUri() throws Exception {
        WrittenReport written = new ReportWriter().write(
                new ReportBuilder(THREE_RUNS).build(ReportFixtures.mixedComparison()), dir);
        String html = Files.readString(written.html(), StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("<meta charset=\"utf-8\">");
        // nothing is fetched: images are inline or data URIs, links are anchors within the page
        assertThat(html).doesNotContainPattern("(src|href)=\"(?!data:|#)");
        Matcher uris = DATA_URI.matcher(html);
        int images = 0;
        while (uris.find()) {
            ReportFixtures.png(Base64.getDecoder().decode(uris.group(1)));
            images++;
        }
        Matcher svgs = INLINE_SVG.matcher(html);
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        while (svgs.find()) {
            var svg = xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                    svgs.group().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            assertThat(svg.getLocalName()).isEqualTo("svg");
            assertThat(svg.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
            images++;
        }
        assertThat(images).isEqualTo(written.charts().size());
        assertThat(INLINE_SVG.matcher(html).results().count()).as("SVG is the smaller here").isPositive();
        assertThat(html).contains(">regression</span>").contains(">improvement</span>")
                .contains(">unchanged</span>").contains(">new</span>");
    }

    @Test
    void textFromTheResultFilesIsEscapedInHtml() throws Exception {
        var key = ReportFixtures.key("XssBenchmark.run", Mode.AVERAGE_TIME, "payload", "<script>alert(1)</script>");
        Comparison comparison = ReportFixtures.compare(ReportFixtures.run(1, "a"),
                ReportFixtures.run(2, "b&c", ReportFixtures.scored(key, "ns/op", 10, 1)));
        String html = Files.readString(new ReportWriter()
                .write(new ReportBuilder(TrendSource.none()).build(comparison), dir).html());
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("b&amp;c");
    }

    @Test
    void withNothingMeasuredOnBothSidesThereIsNoForestButStillAReport() throws Exception {
        var key = ReportFixtures.key("OnlyNew.run", Mode.AVERAGE_TIME);
        Comparison comparison = ReportFixtures.compare(ReportFixtures.run(1, "a"),
                ReportFixtures.run(2, "b", ReportFixtures.scored(key, "ns/op", 10, 1)));
        Report report = new ReportBuilder(TrendSource.none()).build(comparison);
        assertThat(report.overview()).isEmpty();
        WrittenReport written = new ReportWriter().write(report, dir);
        assertThat(written.charts()).isEmpty();
        assertThat(Files.readString(written.markdown())).contains("OnlyNew.run").doesNotContain("![");
    }

    @Test
    void aDirectoryThatIsAFileIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Report report = new ReportBuilder(TrendSource.none()).build(ReportFixtures.mixedComparison());
        assertThatThrownBy(() -> new ReportWriter().write(report, file))
                .isInstanceOf(IOException.class).hasMessageContaining(file.toString()).hasMessageContaining("is a file");
    }

    @Test
    void chartsThatWouldOverwriteEachOtherFailBeforeAnyFileIsWritten() throws Exception {
        Comparison comparison = ReportFixtures.mixedComparison();
        Report built = new ReportBuilder(THREE_RUNS).build(comparison);
        BenchmarkCharts first = built.benchmarks().get(0);
        Report clashing = new Report(built.title(), comparison, built.forest(), List.of(first, first));
        Path target = dir.resolve("out");
        assertThatThrownBy(() -> new ReportWriter().write(clashing, target))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("would both be written");
        assertThat(target).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}

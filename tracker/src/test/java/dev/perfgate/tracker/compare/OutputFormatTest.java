package dev.perfgate.tracker.compare;

import static dev.perfgate.tracker.compare.SyntheticRuns.key;
import static dev.perfgate.tracker.compare.SyntheticRuns.run;
import static dev.perfgate.tracker.compare.SyntheticRuns.scores;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfgate.tracker.model.Mode;
import java.util.SplittableRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class OutputFormatTest {

    private static Comparison mixed() {
        var random = new SplittableRandom(1);
        var regressed = key("regressed", Mode.AVERAGE_TIME);
        var same = key("same", Mode.AVERAGE_TIME);
        var gone = key("gone", Mode.AVERAGE_TIME);
        var base = run(scores(regressed, "ns/op", 100, 4, 4, 0.005, 0.005, random),
                scores(same, "ns/op", 100, 4, 4, 0.002, 0.002, random),
                scores(gone, "ns/op", 100, 4, 4, 0.005, 0.005, random));
        var current = run(scores(regressed, "ns/op", 130, 4, 4, 0.005, 0.005, random),
                scores(same, "ns/op", 100, 4, 4, 0.002, 0.002, random));
        return new Comparer(CompareSettings.defaults(0.05)).compare(base, current);
    }

    @Test
    void markdownHasASummaryLineASeverityTableAndCollapsedDetails() {
        String md = OutputFormat.MARKDOWN.render(mixed());
        assertThat(md.lines().findFirst().orElseThrow()).startsWith("**perfgate:** 1 regression, 1 missing, 1 unchanged");
        int table = md.indexOf("Bench.regressed");
        int details = md.indexOf("<details>");
        assertThat(table).isPositive().isLessThan(details);
        assertThat(md.substring(details)).contains("Bench.same").contains("Bench.gone").contains("</details>");
    }

    @Test
    void junitHasOneCasePerBenchmarkAndRegressionsAsFailures() throws Exception {
        String xml = OutputFormat.JUNIT.render(mixed());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("failure").item(0).getParentNode().getAttributes()
                .getNamedItem("name").getNodeValue()).contains("regressed");
    }

    @Test
    void jsonCarriesEveryFigureAndNullsWhatDoesNotExist() throws Exception {
        JsonNode json = new ObjectMapper().readTree(OutputFormat.JSON.render(mixed()));
        assertThat(json.path("counts").path("REGRESSION").asInt()).isEqualTo(1);
        JsonNode first = json.path("benchmarks").get(0);
        assertThat(first.path("verdict").asText()).isEqualTo("REGRESSION");
        assertThat(first.path("ratio").asDouble()).isBetween(1.25, 1.35);
        assertThat(first.path("ciLow").asDouble()).isGreaterThan(1.05);
        assertThat(first.path("baselineForks").asInt()).isEqualTo(4);
        JsonNode missing = json.path("benchmarks").get(1);
        assertThat(missing.path("verdict").asText()).isEqualTo("MISSING");
        assertThat(missing.path("ratio").isNull()).isTrue();
    }

    @Test
    void textWarnsAboutAnotherEnvironmentFirst() {
        var random = new SplittableRandom(2);
        var k = key("x", Mode.AVERAGE_TIME);
        var other = new dev.perfgate.tracker.model.Environment("VM", "21", "21", java.util.List.of(), "1.37",
                "Linux", "arm64", "Other", 4, 0);
        String text = OutputFormat.TEXT.render(new Comparer(CompareSettings.defaults(0.05))
                .compare(run(scores(k, "ns/op", 100, 3, 3, 0.01, 0.01, random)),
                        run(other, scores(k, "ns/op", 100, 3, 3, 0.01, 0.01, random))));
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("WARNING").contains("different environments");
        assertThat(text).contains("[cross-environment]");
    }
}

package dev.perfgate.tracker.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Mode;
import dev.perfgate.tracker.model.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the corpus of real JMH results in the test resources (jmh-corpus, see its
 * MANIFEST.tsv) is read, and the score and every percentile recomputed from what perfgate keeps
 * match JMH's own within 0.1 % (relative).
 */
class CorpusTest {

    static final Path CORPUS = JmhCorpus.DIR;
    private static final double TOLERANCE = 0.001;

    static Stream<Path> corpusFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("corpus files in %s", CORPUS.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(14);
        return files.stream();
    }

    static Map<String, Integer> manifestEntries() throws IOException {
        return Files.readAllLines(CORPUS.resolve("MANIFEST.tsv")).stream().skip(1)
                .map(line -> line.split("\t"))
                .collect(java.util.stream.Collectors.toMap(cols -> cols[1], cols -> Integer.parseInt(cols[7])));
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void recomputedScoresAndPercentilesMatchJmh(Path file) throws IOException {
        Run run = new JmhResultReader().read(file);

        assertThat(run.info().id()).isZero();
        assertThat(run.results()).hasSize(manifestEntries().get(file.getFileName().toString()));
        SoftAssertions softly = new SoftAssertions();
        int compared = 0;
        for (BenchmarkResult result : run.results()) {
            RecomputedStatistics stats = RecomputedStatistics.of(result);
            String what = file.getFileName() + " " + result.key().display();
            if (result.key().mode() == Mode.SAMPLE_TIME) {
                assertThat(result.iterations()).as(what).allMatch(it -> it.hasLatencies());
            }
            softly.assertThat(relative(stats.mean(), result.jmh().score())).as(what + " score").isLessThanOrEqualTo(TOLERANCE);
            for (Map.Entry<Double, Double> p : result.jmh().percentiles().entrySet()) {
                softly.assertThat(relative(stats.percentile(p.getKey()), p.getValue()))
                        .as(what + " p" + p.getKey() + " jmh=" + p.getValue() + " ours=" + stats.percentile(p.getKey()))
                        .isLessThanOrEqualTo(TOLERANCE);
                compared++;
            }
        }
        softly.assertAll();
        assertThat(compared).as("percentiles compared").isPositive();
    }

    private static double relative(double ours, double jmh) {
        if (Double.isNaN(jmh)) {
            return Double.isNaN(ours) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (ours == jmh) {
            return 0;
        }
        return Math.abs(ours - jmh) / Math.abs(jmh);
    }
}

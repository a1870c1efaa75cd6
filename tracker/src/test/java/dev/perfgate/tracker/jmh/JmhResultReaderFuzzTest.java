package dev.perfgate.tracker.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Run;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes {@link JmhResultReader#read(byte[], String, Instant)} (Jazzer): whatever the bytes, the
 * reader returns a run with at least one result, or throws {@link InvalidResultException} naming
 * the source. Any other exception (a parser's own, an index out of bounds, an arithmetic
 * overflow) is a finding.
 *
 * <p>The seeds in {@code JmhResultReaderFuzzTestInputs/read/} are single entries cut from the
 * real files of {@code jmh-corpus/} (throughput, average time, sample mode with histograms,
 * single-shot, {@code @Group}, JMH before 1.12 with {@code forks: 0}, {@code ·gc} secondaries,
 * one measurement iteration with "NaN" errors). Without {@code JAZZER_FUZZ} (plain
 * {@code mvn test}) Jazzer runs only the seeds; docs/fuzzing.md has the fuzzing commands.
 */
class JmhResultReaderFuzzTest {

    private static final String SOURCE = "fuzzed.json";
    private static final JmhResultReader READER = new JmhResultReader();

    /** The short run of {@code mvn verify}; the seeds alone under plain {@code mvn test}. */
    @FuzzTest(maxDuration = "30s")
    void read(byte[] data) {
        fuzzerTestOneInput(data);
    }

    /** The entry point of Jazzer's own command line, for long runs (docs/fuzzing.md). */
    public static void fuzzerTestOneInput(byte[] data) {
        Run run;
        try {
            run = READER.read(data, SOURCE, Instant.EPOCH);
        } catch (InvalidResultException refused) {
            if (!refused.getMessage().startsWith(SOURCE + ": ") || refused.problem() == null
                    || refused.problem().isBlank()) {
                throw new AssertionError("a refusal must name the source and the problem: " + refused.getMessage(),
                        refused);
            }
            return;
        }
        if (run.results().isEmpty()) {
            throw new AssertionError("a run read without complaint has no results");
        }
        for (BenchmarkResult result : run.results()) {
            // What every later stage reads first: a result whose key or unit throws is no result.
            result.key().display();
            result.toString();
        }
    }

    /** The seeds are valid JMH results, so fuzzing starts from the paths where the reader accepts. */
    @Test
    void everySeedIsAValidResult() throws IOException, URISyntaxException {
        Path seeds = Path.of(JmhResultReaderFuzzTest.class.getResource("JmhResultReaderFuzzTestInputs/read").toURI());
        List<Path> files;
        try (Stream<Path> listed = Files.list(seeds)) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Path seed : files) {
            assertThat(READER.read(Files.readAllBytes(seed), seed.getFileName().toString(), Instant.EPOCH)
                    .results()).as(seed.getFileName().toString()).isNotEmpty();
        }
    }
}

package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.compare.Thresholds;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference benchmark other projects copy: JMH and the JDK only, and a reference here too. */
class ReferenceBenchmarkTest {

    private static final Path SOURCE = Path.of("src/main/java/dev/perfgate/calibration/ReferenceBenchmark.java");

    @Test
    void itImportsNothingButJmhAndTheJdkSoItCanBeCopiedIntoAnyJmhProject() throws Exception {
        List<String> imports = Files.readAllLines(SOURCE).stream().filter(line -> line.startsWith("import ")).toList();
        assertThat(imports).isNotEmpty().allSatisfy(line ->
                assertThat(line).matches("import (java\\.|org\\.openjdk\\.jmh\\.).*;"));
    }

    @Test
    void theCommittedThresholdsFileNamesItAReference() throws Exception {
        Thresholds thresholds = Thresholds.load(Path.of("../baselines/thresholds.conf"), 0.05);
        for (String method : List.of("cpu", "cas")) {
            BenchmarkKey key = new BenchmarkKey(ReferenceBenchmark.class.getName() + "." + method, Mode.THROUGHPUT,
                    null, 1);
            assertThat(thresholds.isReference(key)).as(method).isTrue();
        }
    }

    @Test
    void theGlobTheJavadocGivesOtherProjectsMatchesACopyInAnotherPackage() throws Exception {
        Path conf = Files.writeString(Files.createTempFile("thresholds", ".conf"), "reference = *.ReferenceBenchmark.*\n");
        Thresholds thresholds = Thresholds.load(conf, 0.05);
        assertThat(thresholds.isReference(new BenchmarkKey("org.example.bench.ReferenceBenchmark.cpu", Mode.THROUGHPUT,
                null, 1))).isTrue();
        assertThat(thresholds.isReference(new BenchmarkKey("org.example.bench.ParserBenchmark.parse", Mode.THROUGHPUT,
                null, 1))).isFalse();
    }
}

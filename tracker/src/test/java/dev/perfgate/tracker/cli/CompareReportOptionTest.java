package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.JmhCorpus;
import dev.perfgate.tracker.store.HistoryStore;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareReportOptionTest {

    /** SampleTime only, s/op, params holding a URI and an SQL string: the hard case for names and escaping. */
    private static final Path SAMPLE_JSON = JmhCorpus.PG_CLIENT;

    @TempDir
    Path dir;

    private Path baselines() {
        Path baselines = dir.resolve("baselines");
        CliRun save = CliRun.of("baseline", "save", "--run", SAMPLE_JSON.toString(), "--dir", baselines.toString());
        assertThat(save.exitCode()).as(save.err()).isZero();
        return baselines;
    }

    @Test
    void compareWritesTheReportDirectoryBesideItsVerdict() throws Exception {
        Path baselines = baselines();
        Path report = dir.resolve("report");
        String db = "jdbc:h2:file:" + dir.resolve("no-such-history").toAbsolutePath();

        CliRun compare = CliRun.of("compare", SAMPLE_JSON.toString(), "--baseline", baselines.toString(), "--db", db,
                "--report", report.toString(), "--resamples", "200");

        assertThat(compare.exitCode()).as(compare.err()).isEqualTo(TrackerCli.OK);
        assertThat(compare.out()).contains("report: ").contains("report.md").contains("report.html");
        assertThat(compare.err()).contains("no history database").contains("trend charts left out");
        assertThat(dir.resolve("no-such-history.mv.db")).doesNotExist();

        String markdown = Files.readString(report.resolve("report.md"));
        String html = Files.readString(report.resolve("report.html"));
        assertThat(markdown).contains("jdbcBurstQuery").contains("forest.png");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("jdbcBurstQuery");
        List<Path> pngs;
        try (Stream<Path> files = Files.list(report)) {
            pngs = files.filter(p -> p.toString().endsWith(".png")).toList();
        }
        // the forest plot and one latency chart per SampleTime benchmark of the file
        assertThat(pngs).hasSize(3).anyMatch(p -> p.getFileName().toString().equals("forest.png"));
        for (Path png : pngs) {
            assertThat(png.getFileName().toString()).matches("[A-Za-z0-9._-]+");
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(png.toString()).isNotNull();
            assertThat(markdown).contains("(" + png.getFileName() + ")");
        }
    }

    @Test
    void withAHistoryDatabaseTheReportDrawsTrends() throws Exception {
        Path baselines = baselines();
        String db = "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
        try (HistoryStore store = HistoryStore.open(db)) {
            store.save(new dev.perfgate.tracker.jmh.JmhResultReader().read(SAMPLE_JSON));
        }
        Path report = dir.resolve("report");

        CliRun compare = CliRun.of("compare", "latest", "--baseline", baselines.toString(), "--db", db,
                "--report", report.toString(), "--resamples", "200");

        assertThat(compare.exitCode()).as(compare.err()).isEqualTo(TrackerCli.OK);
        try (Stream<Path> files = Files.list(report)) {
            assertThat(files.map(p -> p.getFileName().toString())).filteredOn(n -> n.startsWith("trend-")).hasSize(2);
        }
    }
}

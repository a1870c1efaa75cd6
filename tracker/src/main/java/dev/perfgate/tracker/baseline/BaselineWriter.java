package dev.perfgate.tracker.baseline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.perfgate.tracker.model.BenchmarkKey;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.IterationScores;
import dev.perfgate.tracker.model.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Saves a run as a baseline: its SampleTime histograms in HdrHistogram's log format, one tagged
 * interval histogram per benchmark × fork × iteration (tag {@code <id>@<fork>.<iteration>},
 * readable by HdrHistogram's own {@code HistogramLogReader}), plus {@code manifest.json} with the
 * environment, commit, date, keys, units, modes and every iteration's score. Nothing in either file
 * depends on when or where it is written, so the same run always gives the same bytes. Both files
 * are written to temporaries and moved into place, so a failure leaves nothing half-written.
 * Stateless and thread-safe (two writers of one directory race, last one wins).
 */
public final class BaselineWriter {

    /** Histogram values are nanoseconds; the log's max column in milliseconds reads naturally. */
    private static final double NANOS_PER_MILLI = 1e6;

    public void write(Run run, BaselineFiles files) throws IOException {
        if (run.results().isEmpty()) {
            throw new IllegalArgumentException("run " + run.info().id() + " has no benchmark results to save");
        }
        for (BenchmarkResult result : run.results()) {
            // A baseline with an unusable score would make every later comparison against it meaningless.
            IterationScores.problem(result).ifPresent(problem -> {
                throw new IllegalArgumentException("benchmark '" + result.key().benchmark() + "' [mode "
                        + result.key().mode().jmhName() + "]: " + problem + ": not saved as a baseline");
            });
        }
        Map<BenchmarkKey, String> ids = BaselineIds.assign(run.results().stream().map(BenchmarkResult::key).toList());
        byte[] histograms = histogramLog(run, ids);
        ObjectNode manifest = ManifestJson.write(run, ids);
        byte[] manifestBytes = (ManifestJson.MAPPER.writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(files.directory());
        Path histogramsTemp = temporary(files.histograms(), histograms);
        Path manifestTemp = temporary(files.manifest(), manifestBytes);
        try {
            // The manifest goes last: a reader that finds it finds the histograms it names.
            Files.move(histogramsTemp, files.histograms(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(manifestTemp, files.manifest(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(histogramsTemp);
            Files.deleteIfExists(manifestTemp);
        }
    }

    private static byte[] histogramLog(Run run, Map<BenchmarkKey, String> ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8)) {
            HistogramLogWriter log = new HistogramLogWriter(out);
            log.outputComment("[perfgate baseline: one interval histogram per benchmark x fork x iteration;"
                    + " tag <benchmark id>@<fork>.<iteration>, ids in manifest.json; values in ns]");
            log.outputLogFormatVersion();
            log.outputBaseTime(run.info().time() == null ? 0 : run.info().time().toEpochMilli());
            log.outputLegend();
            int interval = 0;
            for (BenchmarkResult result : run.results()) {
                for (Iteration iteration : result.iterations()) {
                    if (!iteration.hasLatencies()) {
                        continue;
                    }
                    Histogram tagged = iteration.latencies().copy();
                    tagged.setTag(ids.get(result.key()) + "@" + iteration.fork() + "." + iteration.iteration());
                    // Synthetic one-second intervals in key order: real times would make bytes differ per save.
                    log.outputIntervalHistogram(interval, interval + 1, tagged, NANOS_PER_MILLI);
                    interval++;
                }
            }
        }
        return bytes.toByteArray();
    }

    private static Path temporary(Path target, byte[] content) throws IOException {
        // Not Files.createTempFile: its owner-only permissions would follow the file into the repository.
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(temporary, content);
        return temporary;
    }
}

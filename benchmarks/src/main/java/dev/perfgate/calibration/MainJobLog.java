package dev.perfgate.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link MainJobStudy}'s {@code runs.jsonl}: one {@link MainJobRecord} a line, appended after
 * each run, so a study killed at any moment resumes where it stopped. A line that does not parse
 * (a run killed while writing, the usual cause being the last line) is skipped with a warning that
 * names the file and line, never a crash: that run is measured again. Not thread-safe; one study
 * writes one log.
 */
public final class MainJobLog {

    /** The log's file name in the study directory. */
    public static final String FILE_NAME = "runs.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final PrintWriter warnings;

    public MainJobLog(Path file, PrintWriter warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** Every readable record, in file order, a later line of the same run replacing an earlier one. */
    public List<MainJobRecord> read() throws IOException {
        List<MainJobRecord> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                MainJobRecord record = JSON.readValue(line, MainJobRecord.class);
                records.removeIf(r -> r.run() == record.run());
                records.add(record);
            } catch (JsonProcessingException e) {
                warnings.printf("main-job study: %s line %d is not a whole run record (%s); skipped, that run is"
                        + " measured again%n", file, i + 1, e.getOriginalMessage());
                warnings.flush();
            }
        }
        return records;
    }

    /** Appends one record as a line, first ending a truncated last line so the new one stays whole. */
    public void append(MainJobRecord record) throws IOException {
        StringBuilder text = new StringBuilder();
        if (Files.exists(file) && Files.size(file) > 0 && !endsWithNewline()) {
            text.append('\n');
        }
        text.append(JSON.writeValueAsString(record)).append('\n');
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Replaces the whole log with {@code records} (after a re-judging), through a temporary file. */
    public void rewrite(List<MainJobRecord> records) throws IOException {
        StringBuilder text = new StringBuilder();
        for (MainJobRecord record : records) {
            text.append(JSON.writeValueAsString(record)).append('\n');
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private boolean endsWithNewline() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return bytes[bytes.length - 1] == '\n';
    }
}

package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads JMH's JSON result format ({@code -rf json}) as written by any project with JMH 1.2x–1.37
 * into a {@link Run} with id 0: every mode, params, threads, forks, secondary metrics, {@code @Group}
 * benchmarks, "NaN" strings, exponent numbers and missing optional fields. The environment comes
 * from the JSON's VM fields plus this machine's OS, architecture, CPU, cores and memory; the run
 * time is the file's last modification (when JMH finished writing it). The file is streamed, so
 * sample-mode results with millions of (value, count) pairs never become a JSON tree.
 *
 * <p>Anything unreadable throws {@link InvalidResultException} naming the file, the benchmark
 * and the problem; the whole file is read before anything is returned, so a bad file yields
 * nothing. Thread-safe (immutable after construction).
 */
public final class JmhResultReader {

    /** Streaming only (see {@link JsonTree}): no ObjectMapper on the ingest path. */
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    private final MachineEnvironment machine;

    public JmhResultReader() {
        this.machine = MachineEnvironment.current();
    }

    /** Reads one JMH JSON result file. */
    public Run read(Path file) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(JSON.createParser(in), source, Files.getLastModifiedTime(file).toInstant());
        } catch (NoSuchFileException e) {
            throw new InvalidResultException(source, null, "no such file", e);
        } catch (IOException e) {
            throw new InvalidResultException(source, null, "cannot read the file: " + e, e);
        }
    }

    /** Reads JMH JSON held in memory; {@code source} names it in error messages. */
    public Run read(byte[] json, String source, Instant time) {
        try {
            return read(JSON.createParser(json), source, time);
        } catch (IOException e) {
            throw new InvalidResultException(source, null, "cannot read the JSON: " + e, e);
        }
    }

    private Run read(JsonParser json, String source, Instant time) {
        try (JsonParser parser = json; PendingResults results = new PendingResults()) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidResultException(source, null, "the file is empty, expected a JMH result array");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new InvalidResultException(source, null, "the JSON is "
                        + EntryFields.describe(JsonTree.read(parser))
                        + ", not a JMH result (expected an array of benchmark objects)");
            }
            EntryParser entries = new EntryParser();
            Set<Object> keys = new HashSet<>();
            JsonNode firstEntry = null;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                EntryStream.Entry entry = EntryStream.read(parser);
                PendingResult result = entries.parse(source, entry, results.size());
                if (!keys.add(result.key())) {
                    throw new InvalidResultException(source, result.key().benchmark(),
                            "appears twice with the same mode, params and threads: " + result.key().display());
                }
                firstEntry = firstEntry == null ? entry.node() : firstEntry;
                results.add(result); // its histograms are built while the next entries are read
            }
            if (parser.nextToken() != null) {
                throw new InvalidResultException(source, null, "unexpected content after the JMH result array at line "
                        + parser.currentLocation().getLineNr());
            }
            if (results.size() == 0) {
                throw new InvalidResultException(source, null, "the JMH result array is empty: no benchmarks");
            }
            return new Run(new RunInfo(0, time, null, null, null, environment(firstEntry)), results.results());
        } catch (JsonProcessingException e) {
            throw new InvalidResultException(source, null, "not valid JSON (truncated or corrupt): "
                    + e.getOriginalMessage().replaceAll("\\[Source: [^\\]]*?; line", "[line")
                    + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new InvalidResultException(source, null, "cannot read the JSON: " + e, e);
        }
    }

    private Environment environment(JsonNode first) {
        List<String> jvmArgs = new ArrayList<>();
        JsonNode args = first.get("jvmArgs");
        if (args != null && args.isArray()) {
            args.forEach(arg -> jvmArgs.add(arg.asText()));
        }
        return new Environment(text(first, "vmName"), text(first, "vmVersion"), text(first, "jdkVersion"),
                jvmArgs, text(first, "jmhVersion"),
                machine.osName(), machine.osArch(), machine.cpuModel(), machine.cores(), machine.memoryBytes());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }
}

package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import java.io.IOException;
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
 * time is the file's last modification (when JMH finished writing it).
 *
 * <p>Anything unreadable throws {@link InvalidResultException} naming the file, the benchmark
 * and the problem; the whole file is read before anything is returned, so a bad file yields
 * nothing. Thread-safe (immutable after construction).
 */
public final class JmhResultReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final MachineEnvironment machine;

    public JmhResultReader() {
        this.machine = MachineEnvironment.current();
    }

    /** Reads one JMH JSON result file. */
    public Run read(Path file) {
        String source = file.toString();
        byte[] bytes;
        Instant time;
        try {
            bytes = Files.readAllBytes(file);
            time = Files.getLastModifiedTime(file).toInstant();
        } catch (NoSuchFileException e) {
            throw new InvalidResultException(source, null, "no such file", e);
        } catch (IOException e) {
            throw new InvalidResultException(source, null, "cannot read the file: " + e, e);
        }
        return read(bytes, source, time);
    }

    /** Reads JMH JSON held in memory; {@code source} names it in error messages. */
    public Run read(byte[] json, String source, Instant time) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidResultException(source, null, "not valid JSON (truncated or corrupt): "
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new InvalidResultException(source, null, "cannot read the JSON: " + e, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidResultException(source, null, "the file is empty, expected a JMH result array");
        }
        if (!root.isArray()) {
            throw new InvalidResultException(source, null, "the JSON is " + EntryFields.describe(root)
                    + ", not a JMH result (expected an array of benchmark objects)");
        }
        if (root.isEmpty()) {
            throw new InvalidResultException(source, null, "the JMH result array is empty: no benchmarks");
        }
        EntryParser parser = new EntryParser();
        List<BenchmarkResult> results = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            BenchmarkResult result = parser.parse(source, root.get(i), i);
            if (!keys.add(result.key())) {
                throw new InvalidResultException(source, result.key().benchmark(),
                        "appears twice with the same mode, params and threads: " + result.key().display());
            }
            results.add(result);
        }
        return new Run(new RunInfo(0, time, null, null, null, environment(root.get(0))), results);
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

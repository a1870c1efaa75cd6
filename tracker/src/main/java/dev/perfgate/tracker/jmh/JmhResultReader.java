package dev.perfgate.tracker.jmh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.perfgate.tracker.io.FileProblem;
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
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JMH's JSON result format ({@code -rf json}) as written by any project with JMH 1.2x–1.37
 * into a {@link Run} with id 0: every mode, params, threads, forks, secondary metrics, {@code @Group}
 * benchmarks, "NaN" strings, exponent numbers and missing optional fields. The environment comes
 * from the JSON's VM fields (jdkVersion, vmName, vmVersion, jvmArgs, jmhVersion) plus the
 * {@link MachineEnvironment} the reader was given: a JMH file does not say which OS or CPU it ran
 * on, so a file read with none given has them unknown, never the ingesting machine's. The run
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

    private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private final MachineEnvironment machine;

    /** A reader for files from anywhere: their OS and CPU are unknown. */
    public JmhResultReader() {
        this(MachineEnvironment.UNKNOWN);
    }

    /** A reader that records {@code machine} as where the results were measured. */
    public JmhResultReader(MachineEnvironment machine) {
        this.machine = machine;
    }

    /** Reads one JMH JSON result file; warnings about what JMH can write but is worth knowing are dropped. */
    public Run read(Path file) {
        return read(file, warning -> { });
    }

    /** Reads one JMH JSON result file, handing each warning (naming the file and benchmark) to {@code warnings}. */
    public Run read(Path file, Consumer<String> warnings) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(JSON.createParser(in), source, Files.getLastModifiedTime(file).toInstant(), warnings);
        } catch (NoSuchFileException e) {
            throw new InvalidResultException(source, null, "no such file", e);
        } catch (IOException e) {
            throw new InvalidResultException(source, null, "cannot read the file: " + FileProblem.describe(e), e);
        }
    }

    /** Reads JMH JSON held in memory; {@code source} names it in error messages. */
    public Run read(byte[] json, String source, Instant time) {
        try {
            return read(JSON.createParser(json), source, time, warning -> { });
        } catch (IOException e) {
            throw new InvalidResultException(source, null, "cannot read the JSON: " + e, e);
        }
    }

    private Run read(JsonParser json, String source, Instant time, Consumer<String> warnings) {
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
            EntryParser entries = new EntryParser(warnings);
            Set<Object> keys = new HashSet<>();
            EntryStream.Entry firstEntry = null;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                EntryStream.Entry entry = EntryStream.read(parser);
                PendingResult result = entries.parse(source, entry, results.size());
                if (!keys.add(result.key())) {
                    throw new InvalidResultException(source, result.key().benchmark(),
                            "appears twice with the same mode, params and threads: " + result.key().display());
                }
                firstEntry = firstEntry == null ? entry : firstEntry;
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
        } catch (DuplicateKeyException e) {
            throw new InvalidResultException(source, e.benchmark(), e.problem());
        } catch (StreamConstraintsException e) {
            throw new InvalidResultException(source, null, beyondLimit(e) + where(e, json), e);
        } catch (JsonProcessingException e) {
            throw new InvalidResultException(source, null, "not valid JSON (truncated or corrupt): "
                    + e.getOriginalMessage().replaceAll("\\[Source: [^\\]]*?; line", "[line") + where(e, json), e);
        } catch (IOException e) {
            throw new InvalidResultException(source, null, "cannot read the JSON: " + e, e);
        }
    }

    /** Jackson's reading limits, said in the words of the file (its own message names a class and a method). */
    private static String beyondLimit(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        Matcher numbers = LIMIT.matcher(message);
        String found = numbers.find() ? numbers.group(1) : "?";
        String limit = numbers.find(0) ? numbers.group(2) : "?";
        if (message.contains("nesting depth")) {
            return "the JSON is nested deeper than " + limit + " levels (JMH results nest 6 deep): not a JMH result";
        }
        if (message.startsWith("Number value length")) {
            return "a number of " + found + " digits, more than the " + limit + " digits read: not a JMH result";
        }
        return "the JSON exceeds a reading limit: " + message.replaceAll(" ?\\(?, from `[^`]*`\\)?", "");
    }

    /** Where the parser stopped; Jackson's constraint errors carry no location of their own. */
    private static String where(JsonProcessingException e, JsonParser parser) {
        com.fasterxml.jackson.core.JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private Environment environment(EntryStream.Entry first) {
        List<String> jvmArgs = new ArrayList<>();
        JsonNode args = first.jvmArgs;
        if (args != null && args.isArray()) {
            args.forEach(arg -> jvmArgs.add(arg.asText()));
        }
        return new Environment(text(first.vmName), text(first.vmVersion), text(first.jdkVersion),
                jvmArgs, text(first.jmhVersion),
                machine.osName(), machine.osArch(), machine.cpuModel(), machine.cores(), machine.memoryBytes());
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }
}

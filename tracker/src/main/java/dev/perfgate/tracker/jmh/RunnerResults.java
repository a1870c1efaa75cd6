package dev.perfgate.tracker.jmh;

import dev.perfgate.tracker.model.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;

/**
 * Converts the results JMH's {@code Runner} returns in-process into a {@link Run}, for the
 * benchmarks launcher. It renders them with JMH's own JSON writer and reads that with
 * {@link JmhResultReader}, so a run recorded in-process and the same run ingested from its JSON
 * file are the same data by construction. Thread-safe (stateless).
 */
public final class RunnerResults {

    static final String SOURCE = "JMH runner results";

    private RunnerResults() {}

    /** The run, with id 0 and the current time; throws {@link InvalidResultException} when empty. */
    public static Run toRun(Collection<RunResult> results) {
        if (results == null || results.isEmpty()) {
            throw new InvalidResultException(SOURCE, null, "no benchmark results");
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(json, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
        }
        // Measured in this process's JMH run: this machine is the one that measured.
        return new JmhResultReader(MachineEnvironment.current()).read(json.toByteArray(), SOURCE, Instant.now());
    }
}

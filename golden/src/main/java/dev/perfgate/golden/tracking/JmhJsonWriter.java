package dev.perfgate.golden.tracking;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Writes golden-path measurements in JMH's JSON result format, so the tracker ingests, compares,
 * A/Bs and charts them exactly like the micro-benchmarks: each latency is a SampleTime entry
 * ({@code "mode": "sample"}, milliseconds per operation) whose {@code rawDataHistogram} is
 * {@code [fork][iteration][[value, count], ...]}, and connections READY per second is a Throughput
 * entry with {@code rawData} {@code [fork][iteration]}. Names follow JMH's {@code package.Class.method}:
 * {@value #HANDSHAKE}, {@value #ROUND_TRIP}, {@value #SESSION_CHECK}, {@value #THROUGHPUT} and the
 * reference {@value #LOOPBACK}, with the arrival rate as a param so another rate is another key.
 *
 * <p>Each sample value is the upper bound of its HdrHistogram bucket (3 significant digits, as
 * JMH's own sample buckets), and the score is the exact mean of the values written, which the
 * tracker checks. The score error is the 99.9 % half-width of the mean with the normal quantile
 * (JMH uses Student's t; with thousands of samples the two agree to the third digit). The file is
 * written to a temporary sibling and moved into place, so it is whole or absent. Stateless.
 */
public final class JmhJsonWriter {

    public static final String HANDSHAKE = "dev.perfgate.golden.HandshakeLatency.connectToReady";
    public static final String ROUND_TRIP = "dev.perfgate.golden.MessageLatency.roundTrip";
    public static final String SESSION_CHECK = "dev.perfgate.golden.AuthServiceLatency.sessionCheck";
    public static final String THROUGHPUT = "dev.perfgate.golden.Throughput.connectionsReady";
    /**
     * The reference measured beside the golden load: bare-socket round trips of the same traffic
     * ({@code reference.LoopbackEcho}), code that never changes between builds.
     */
    public static final String LOOPBACK = "dev.perfgate.golden.LoopbackReference.roundTrip";
    /** Every benchmark this writer names, in the order it writes them. */
    public static final List<String> NAMES = List.of(HANDSHAKE, ROUND_TRIP, SESSION_CHECK, THROUGHPUT, LOOPBACK);

    /** JMH's 99.9 % confidence; the normal quantile z(0.9995). */
    private static final double Z_999 = 3.2905267314919;
    private static final double[] PERCENTILES = {0, 50, 90, 95, 99, 99.9, 99.99, 99.999, 99.9999, 100};

    private JmhJsonWriter() {
    }

    /**
     * Writes the forks' measurements to {@code file}; returns the names written. A latency with an
     * iteration of no samples (no session check happened in it, say) is left out and named in
     * {@code skipped}, since JMH never writes an empty iteration.
     */
    public static List<String> write(List<ForkMeasurement> forks, TrackingPlan plan, Path file, List<String> skipped)
            throws IOException {
        return write(forks, plan, file, skipped, name -> true);
    }

    /** As {@link #write(List, TrackingPlan, Path, List)}, only the benchmarks {@code include} accepts. */
    public static List<String> write(List<ForkMeasurement> forks, TrackingPlan plan, Path file, List<String> skipped,
                                     java.util.function.Predicate<String> include) throws IOException {
        List<String> written = new ArrayList<>();
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (JsonGenerator json = new JsonFactory().createGenerator(temporary.toFile(), JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
                if (include.test(HANDSHAKE)) {
                    sample(json, HANDSHAKE, forks, ForkMeasurement::handshakes, plan, written, skipped);
                }
                if (include.test(ROUND_TRIP)) {
                    sample(json, ROUND_TRIP, forks, ForkMeasurement::roundTrips, plan, written, skipped);
                }
                if (include.test(SESSION_CHECK)) {
                    sample(json, SESSION_CHECK, forks, ForkMeasurement::sessionChecks, plan, written, skipped);
                }
                if (include.test(THROUGHPUT)) {
                    throughput(json, forks, plan, written, skipped);
                }
                if (include.test(LOOPBACK)) {
                    sample(json, LOOPBACK, forks, ForkMeasurement::loopback, plan, written, skipped);
                }
                json.writeEndArray();
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return written;
    }

    private static void sample(JsonGenerator json, String name, List<ForkMeasurement> forks,
                               Function<ForkMeasurement, List<Histogram>> latencies, TrackingPlan plan,
                               List<String> written, List<String> skipped) throws IOException {
        Histogram all = new Histogram(3);
        double sum = 0;
        long count = 0;
        for (ForkMeasurement fork : forks) {
            for (Histogram iteration : latencies.apply(fork)) {
                if (iteration.getTotalCount() == 0) {
                    skipped.add(name + ": an iteration had no samples");
                    return;
                }
                all.add(iteration);
                for (HistogramIterationValue v : iteration.recordedValues()) {
                    sum += millis(v.getValueIteratedTo()) * v.getCountAtValueIteratedTo();
                    count += v.getCountAtValueIteratedTo();
                }
            }
        }
        double mean = sum / count;
        double error = Z_999 * (all.getStdDeviation() / 1e6) / Math.sqrt(count);
        header(json, name, "sample", plan);
        json.writeObjectFieldStart("primaryMetric");
        json.writeNumberField("score", mean);
        json.writeNumberField("scoreError", error);
        json.writeArrayFieldStart("scoreConfidence");
        json.writeNumber(mean - error);
        json.writeNumber(mean + error);
        json.writeEndArray();
        json.writeObjectFieldStart("scorePercentiles");
        for (double p : PERCENTILES) {
            json.writeNumberField(percentileKey(p), millis(p == 0 ? all.getMinValue() : all.getValueAtPercentile(p)));
        }
        json.writeEndObject();
        json.writeStringField("scoreUnit", "ms/op");
        json.writeArrayFieldStart("rawDataHistogram");
        for (ForkMeasurement fork : forks) {
            json.writeStartArray();
            for (Histogram iteration : latencies.apply(fork)) {
                json.writeStartArray();
                for (HistogramIterationValue v : iteration.recordedValues()) {
                    json.writeStartArray();
                    json.writeNumber(millis(v.getValueIteratedTo()));
                    json.writeNumber(v.getCountAtValueIteratedTo());
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("secondaryMetrics");
        json.writeEndObject();
        json.writeEndObject();
        written.add(name);
    }

    private static void throughput(JsonGenerator json, List<ForkMeasurement> forks, TrackingPlan plan,
                                   List<String> written, List<String> skipped) throws IOException {
        double seconds = plan.iterationTime().toNanos() / 1e9;
        double sum = 0;
        int n = 0;
        for (ForkMeasurement fork : forks) {
            for (long ready : fork.ready()) {
                sum += ready / seconds;
                n++;
            }
        }
        if (sum == 0) {
            skipped.add(THROUGHPUT + ": no connection became READY");
            return;
        }
        header(json, THROUGHPUT, "thrpt", plan);
        json.writeObjectFieldStart("primaryMetric");
        json.writeNumberField("score", sum / n);
        json.writeStringField("scoreError", "NaN");
        json.writeArrayFieldStart("scoreConfidence");
        json.writeString("NaN");
        json.writeString("NaN");
        json.writeEndArray();
        json.writeStringField("scoreUnit", "ops/s");
        json.writeArrayFieldStart("rawData");
        for (ForkMeasurement fork : forks) {
            json.writeStartArray();
            for (long ready : fork.ready()) {
                json.writeNumber(ready / seconds);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("secondaryMetrics");
        json.writeEndObject();
        json.writeEndObject();
        written.add(THROUGHPUT);
    }

    private static void header(JsonGenerator json, String name, String mode, TrackingPlan plan) throws IOException {
        json.writeStartObject();
        // The shape is JMH 1.37's writer's; the tracker records this as the writer's version.
        json.writeStringField("jmhVersion", "1.37");
        json.writeStringField("benchmark", name);
        json.writeStringField("mode", mode);
        json.writeNumberField("threads", 1);
        json.writeNumberField("forks", plan.forks());
        json.writeStringField("jvm", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        json.writeArrayFieldStart("jvmArgs");
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            json.writeString(arg);
        }
        json.writeEndArray();
        json.writeStringField("jdkVersion", System.getProperty("java.version"));
        json.writeStringField("vmName", System.getProperty("java.vm.name"));
        json.writeStringField("vmVersion", System.getProperty("java.vm.version"));
        json.writeNumberField("warmupIterations", plan.warmup().isZero() ? 0 : 1);
        json.writeStringField("warmupTime", timeText(plan.warmup().toMillis()));
        json.writeNumberField("warmupBatchSize", 1);
        json.writeNumberField("measurementIterations", plan.iterations());
        json.writeStringField("measurementTime", timeText(plan.iterationTime().toMillis()));
        json.writeNumberField("measurementBatchSize", 1);
        json.writeObjectFieldStart("params");
        json.writeStringField("rate", String.format(Locale.ROOT, "%.0f", plan.rate()));
        json.writeEndObject();
    }

    private static String timeText(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static String percentileKey(double p) {
        return p == (long) p ? String.format(Locale.ROOT, "%.1f", p) : Double.toString(p);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}

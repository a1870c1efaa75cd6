package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonColumnTest {

    /** What earlier versions stored, and what stored lookups compare with. */
    private static final ObjectMapper EARLIER = new ObjectMapper();

    @Test
    void writesParamsExactlyAsObjectMapperDid() throws Exception {
        Map<String, String> params = new TreeMap<>();
        params.put("size", "100");
        params.put("quote\"and\\slash", "tab\tnewline\nunicode é ✓ \u0001");
        params.put("absent", null);
        params.put("", "");
        assertThat(JsonColumn.of(params)).isEqualTo(EARLIER.writeValueAsString(params));
        assertThat(JsonColumn.of(new TreeMap<>())).isEqualTo(EARLIER.writeValueAsString(new TreeMap<>())).isEqualTo("{}");
    }

    @Test
    void writesJvmArgsExactlyAsObjectMapperDid() throws Exception {
        List<String> args = List.of("-Xmx1g", "-Dpath=C:\\temp \"x\"", "-XX:+UseG1GC");
        assertThat(JsonColumn.of(args)).isEqualTo(EARLIER.writeValueAsString(args));
        List<String> withNull = new ArrayList<>(Arrays.asList("a", null));
        assertThat(JsonColumn.of(withNull)).isEqualTo(EARLIER.writeValueAsString(withNull));
        assertThat(JsonColumn.of(List.of())).isEqualTo("[]");
        assertThat(JsonColumn.of((List<String>) null)).isEqualTo(EARLIER.writeValueAsString(null));
    }

    @Test
    void percentilesRoundTripInJmhsShapeNotMeasuredIncluded() {
        SortedMap<Double, Double> percentiles = new TreeMap<>(Map.of(0.0, 1.5, 99.99, 1e-300, 100.0, Double.NaN,
                50.0, 123456789.123456789));
        String text = JsonColumn.ofPercentiles(percentiles);
        assertThat(text).startsWith("{\"0.0\":1.5,\"50.0\":").endsWith("\"100.0\":\"NaN\"}");
        assertThat(JsonColumn.percentiles(text, "result 1")).isEqualTo(percentiles);
        assertThat(JsonColumn.percentiles(JsonColumn.ofPercentiles(new TreeMap<>()), "result 1")).isEmpty();
    }

    @Test
    void secondaryMetricsRoundTripInJmhsShape() {
        SortedMap<String, SecondaryMetric> metrics = new TreeMap<>();
        metrics.put("gc.alloc.rate.norm", new SecondaryMetric("gc.alloc.rate.norm", 24.000001, Double.NaN, "B/op"));
        metrics.put("·gc \"quoted\"", new SecondaryMetric("·gc \"quoted\"", Double.POSITIVE_INFINITY, 0, "ms"));
        String text = JsonColumn.ofSecondary(metrics);
        assertThat(text).contains("{\"gc.alloc.rate.norm\":{\"score\":24.000001,\"scoreError\":\"NaN\",\"scoreUnit\":\"B/op\"}");
        assertThat(JsonColumn.secondary(text, "result 1")).isEqualTo(metrics);
    }

    @Test
    void aCorruptColumnIsAStoreErrorNamingTheResult() {
        assertThatThrownBy(() -> JsonColumn.secondary("{\"gc\": {\"score\": 1}}", "result 7"))
                .isInstanceOf(StoreException.class).hasMessageContaining("result 7").hasMessageContaining("scoreUnit");
        assertThatThrownBy(() -> JsonColumn.percentiles("{\"x\": 1", "result 8"))
                .isInstanceOf(StoreException.class).hasMessageContaining("result 8");
    }
}

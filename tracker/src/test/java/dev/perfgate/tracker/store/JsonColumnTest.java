package dev.perfgate.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
}

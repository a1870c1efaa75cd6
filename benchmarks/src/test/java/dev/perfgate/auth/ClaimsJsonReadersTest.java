package dev.perfgate.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The three readers the JSON benchmark compares agree on values and on strictness. */
class ClaimsJsonReadersTest {

    @Test
    void same_values() throws Exception {
        byte[] json = "{\"s\":\"x\\u00e9\",\"i\":1700000000,\"d\":1.5,\"b\":true,\"n\":null,\"a\":[1,{\"k\":[]}]}".getBytes(UTF_8);
        assertThat(JacksonClaimsReader.parseObject(json)).isEqualTo(StrictJson.parseObject(json));
        assertThat(ClaimsReader.read(json).asMap()).isEqualTo(StrictJson.parseObject(json));
    }

    @Test
    void both_refuse_duplicates_and_depth() {
        byte[] duplicate = "{\"a\":1,\"a\":2}".getBytes(UTF_8);
        assertThatThrownBy(() -> JacksonClaimsReader.parseObject(duplicate)).hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> StrictJson.parseObject(duplicate)).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> ClaimsReader.read(duplicate)).hasMessageContaining("duplicate");
        byte[] deep = ("{\"a\":" + "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH) + "}").getBytes(UTF_8);
        assertThatThrownBy(() -> JacksonClaimsReader.parseObject(deep)).hasMessageContaining("nested deeper");
        assertThatThrownBy(() -> StrictJson.parseObject(deep)).hasMessageContaining("nested deeper");
        assertThatThrownBy(() -> ClaimsReader.read(deep)).hasMessageContaining("nested deeper");
    }
}

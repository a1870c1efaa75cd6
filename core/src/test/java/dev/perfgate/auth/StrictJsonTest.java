package dev.perfgate.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict reader: the values it produces and the inputs it refuses. */
class StrictJsonTest {

    @Test
    void reads_every_json_type() throws Exception {
        Map<String, Object> json = StrictJson.parseObject((" {\"s\":\"a\\\"b\\u00e9\\n\", \"i\":-12, \"d\":1.5e2,"
                + "\"t\":true,\"f\":false,\"n\":null,\"a\":[1,\"x\",{}],\"o\":{\"k\":\"v\"},\"u\":\"\u00e9\u20ac\"} ").getBytes(UTF_8));
        assertThat(json).containsEntry("s", "a\"b\u00e9\n").containsEntry("i", -12L).containsEntry("d", 150.0)
                .containsEntry("t", true).containsEntry("f", false).containsEntry("n", null)
                .containsEntry("a", List.of(1L, "x", Map.of())).containsEntry("o", Map.of("k", "v"))
                .containsEntry("u", "\u00e9\u20ac");
        assertThat(json.get("s")).isInstanceOf(String.class);
    }

    @Test
    void refuses_duplicates_at_every_level_and_trailing_content() {
        assertThatThrownBy(() -> StrictJson.parseObject("{\"a\":1,\"a\":1}".getBytes(UTF_8)))
                .hasMessageContaining("duplicate member name \"a\"");
        assertThatThrownBy(() -> StrictJson.parseObject("{\"o\":{\"b\":1,\"b\":2}}".getBytes(UTF_8)))
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> StrictJson.parseObject("{\"n\":null,\"n\":null}".getBytes(UTF_8)))
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> StrictJson.parseObject("{} {}".getBytes(UTF_8)))
                .hasMessageContaining("content after");
    }

    @Test
    void big_integers_become_doubles() throws Exception {
        assertThat(StrictJson.parseObject("{\"n\":123456789012345678901}".getBytes(UTF_8)).get("n"))
                .isEqualTo(1.2345678901234568E20);
        assertThat(StrictJson.parseObject("{\"n\":999999999999999999}".getBytes(UTF_8)).get("n"))
                .isEqualTo(999999999999999999L);
    }

    @Test
    void short_strings_read_exactly_whether_or_not_they_are_common_names() throws Exception {
        String[] samples = {"alg", "kid", "typ", "crit", "cty", "iss", "sub", "aud", "exp", "nbf", "iat", "jti",
            "scope", "roles", "kty", "use", "crv", "keys", "JWT", "at+jwt", "HS256", "RS256", "ES256", "EdDSA",
            "", "a", "is", "isx", "iss2", "ISS", "jtj", "scopes", "HS257", "at+jw", "abcdef", "abcdefg"};
        for (String sample : samples) {
            Map<String, Object> json = StrictJson.parseObject(("{\"" + sample + "\":\"" + sample + "\"}").getBytes(UTF_8));
            assertThat(json).as(sample).containsExactly(Map.entry(sample, sample));
        }
    }

    @Test
    void a_special_byte_anywhere_in_a_long_string_is_read_or_refused_exactly() throws Exception {
        String plain = "https://issuer.example.com/realms/chat-01";
        for (int position = 0; position <= plain.length(); position++) {
            String head = plain.substring(0, position);
            String tail = plain.substring(position);
            assertThat(parseValue(head + "\\\"" + tail)).isEqualTo(head + "\"" + tail);
            assertThat(parseValue(head + "\\\\" + tail)).isEqualTo(head + "\\" + tail);
            assertThat(parseValue(head + "\u00e9\u20ac" + tail)).isEqualTo(head + "\u00e9\u20ac" + tail);
            for (String bad : new String[] {"\t", "\u0000", "\u001f"}) {
                byte[] json = ("{\"v\":\"" + head + bad + tail + "\"}").getBytes(UTF_8);
                assertThatThrownBy(() -> StrictJson.parseObject(json)).as("%s at %d", bad, position)
                        .hasMessageContaining("control character");
            }
            byte[] invalidUtf8 = ("{\"v\":\"" + head + "?" + tail + "\"}").getBytes(UTF_8);
            invalidUtf8[6 + position] = (byte) 0xc3; // a lead byte followed by ASCII
            assertThatThrownBy(() -> StrictJson.parseObject(invalidUtf8)).as("bad UTF-8 at %d", position)
                    .hasMessageContaining("UTF-8");
            byte[] unterminated = ("{\"v\":\"" + head).getBytes(UTF_8);
            assertThatThrownBy(() -> StrictJson.parseObject(unterminated)).hasMessageContaining("unterminated");
        }
    }

    private static Object parseValue(String value) throws Exception {
        return StrictJson.parseObject(("{\"v\":\"" + value + "\"}").getBytes(UTF_8)).get("v");
    }
}

package dev.perfgate.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.auth.JsonScanner.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scanner must accept exactly what {@link StrictJson} accepts, and report the top-level
 * members that {@link StrictJson} would build: checked here on hand-picked cases and on many
 * thousands of random mutations of realistic claim sets.
 */
class JsonScannerTest {

    private static final String[] SEEDS = {
        "{\"iss\":\"https://issuer\",\"sub\":\"user-1\",\"aud\":[\"api\",\"web\"],\"exp\":1700000000,\"nbf\":1.5,"
                + "\"scope\":\"a b\",\"roles\":[\"x\",\"y\"],\"n\":null,\"t\":true,\"f\":false}",
        "{\"s\":\"a\\\"b\\u00e9\\n\\/\", \"i\":-12, \"d\":1.5e2, \"a\":[1,\"x\",{}],\"o\":{\"k\":\"v\",\"l\":[[],[{}]]},"
                + "\"u\":\"\u00e9\u20ac\ud83d\ude00\"}",
        " {\"a\\u0062\":0, \"\u00e9\":-0.0e-1 ,\"big\":123456789012345678901,\"e\":1E+9}\n",
        "{\"realm_access\":{\"roles\":[\"r1\",\"r2\"]},\"email_verified\":true,\"tenant\":42,\"x\":[null,1,2]}",
        "{}",
    };

    @Test
    void accepts_and_refuses_exactly_what_the_reader_does_on_random_mutations() {
        SplittableRandom random = new SplittableRandom(20261122);
        byte[] alphabet = "{}[]\",:\\ \t\n0123456789eE.-+tfnulsrabu\u007f".getBytes(UTF_8);
        byte[] odd = {0, 0x1f, (byte) 0x80, (byte) 0xbf, (byte) 0xc0, (byte) 0xc3, (byte) 0xe2, (byte) 0xed,
            (byte) 0xf0, (byte) 0xf4, (byte) 0xf5, (byte) 0xff};
        int accepted = 0;
        for (int trial = 0; trial < 60_000; trial++) {
            byte[] json = SEEDS[random.nextInt(SEEDS.length)].getBytes(UTF_8);
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                json = mutate(json, random, alphabet, odd);
            }
            if (agree(json)) {
                accepted++;
            }
        }
        // Enough mutants stay valid that the accepting side is exercised too.
        assertThat(accepted).isGreaterThan(3_000);
    }

    @Test
    void refuses_duplicates_however_the_names_are_spelled() {
        for (String duplicate : new String[] {
            "{\"a\":1,\"a\":2}", "{\"a\":1,\"\\u0061\":2}", "{\"\\u0061\":1,\"a\":2}", "{\"\\u0061\":1,\"\\u0061\":2}",
            "{\"\u00e9\":1,\"\\u00e9\":2}", "{\"\u00e9\":1,\"\u00e9\":2}", "{\"o\":{\"b\":1,\"c\":{},\"b\":2}}",
            "{\"a\":[{\"k\":1,\"k\":2}]}", "{\"n\":null,\"n\":null}", "{\"\\ud83d\\ude00\":1,\"\ud83d\ude00\":1}",
        }) {
            assertThatThrownBy(() -> JsonScanner.scan(duplicate.getBytes(UTF_8), duplicate.getBytes(UTF_8).length, ignore()))
                    .as(duplicate).hasMessageContaining("duplicate member name");
            agree(duplicate.getBytes(UTF_8));
        }
        for (String distinct : new String[] {
            "{\"a\":{\"a\":{\"a\":1}},\"b\":[{\"a\":1},{\"a\":2}]}", "{\"ab\":1,\"ba\":2,\"Aa\":3,\"BB\":4}",
            "{\"\\ud83d\\ude00\":1,\"\\ud83d\\ude01\":1}", "{\"a\":1,\"a \":2,\"\\u0061\\u0062\":3}",
        }) {
            assertThat(agree(distinct.getBytes(UTF_8))).as(distinct).isTrue();
        }
    }

    @Test
    void agrees_on_depth_escapes_and_utf8_edge_cases() {
        List<byte[]> cases = new ArrayList<>();
        for (int depth = 7; depth <= 10; depth++) {
            cases.add(("{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}").getBytes(UTF_8));
            cases.add(("{\"a\":" + "{\"b\":".repeat(depth - 1) + "1" + "}".repeat(depth - 1) + "}").getBytes(UTF_8));
            cases.add(("{\"a\":" + "[{\"b\":".repeat((depth - 1) / 2) + "1" + "}]".repeat((depth - 1) / 2) + "}").getBytes(UTF_8));
        }
        for (String escape : new String[] {"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u00aF",
            "\\x", "\\a", "\\U0041", "\\u12", "\\u12G4", "\\u", "\\", "\\ud83d\\ude00", "\\udc00"}) {
            cases.add(("{\"s\":\"a" + escape + "b\",\"" + escape + "\":1}").getBytes(UTF_8));
        }
        int[][] utf8 = {{0xc3, 0xa9}, {0xc0, 0x80}, {0xc1, 0xbf}, {0xe0, 0x80, 0x80}, {0xe0, 0xa0, 0x80}, {0xed, 0x9f, 0xbf},
            {0xed, 0xa0, 0x80}, {0xef, 0xbf, 0xbf}, {0xf0, 0x8f, 0xbf, 0xbf}, {0xf0, 0x90, 0x80, 0x80}, {0xf4, 0x8f, 0xbf, 0xbf},
            {0xf4, 0x90, 0x80, 0x80}, {0xf5, 0x80, 0x80, 0x80}, {0xc3}, {0xe2, 0x82}, {0x80}, {0xff}};
        for (int[] sequence : utf8) {
            for (String around : new String[] {"%s", "a%sb", "%s\\n", "\\n%s"}) {
                String[] parts = around.split("%s", -1);
                byte[] head = ("{\"s\":\"" + parts[0]).getBytes(UTF_8);
                byte[] tail = (parts[1] + "\"}").getBytes(UTF_8);
                byte[] json = new byte[head.length + sequence.length + tail.length];
                System.arraycopy(head, 0, json, 0, head.length);
                for (int i = 0; i < sequence.length; i++) {
                    json[head.length + i] = (byte) sequence[i];
                }
                System.arraycopy(tail, 0, json, head.length + sequence.length, tail.length);
                cases.add(json);
            }
        }
        for (String number : new String[] {"0", "-0", "01", "-01", "1.", ".5", "1.5e", "1e+", "1E-7", "-", "--1", "+1",
            "1.0e+308", "1e999", "999999999999999999", "1000000000000000000", "0x10", "Infinity", "NaN"}) {
            cases.add(("{\"n\":" + number + "}").getBytes(UTF_8));
        }
        int accepted = 0;
        for (byte[] json : cases) {
            accepted += agree(json) ? 1 : 0;
        }
        assertThat(accepted).isBetween(cases.size() / 4, cases.size() * 3 / 4);
    }

    @Test
    void agrees_on_a_special_byte_at_every_position_of_a_long_string() {
        byte[] plain = "https://issuer.example.com/realms/chat-01/x".getBytes(UTF_8);
        byte[] specials = {'"', '\\', 0, 0x1f, 0x7f, (byte) 0x80, (byte) 0xc3, (byte) 0xff, ' ', '~'};
        for (int position = 0; position < plain.length; position++) {
            for (byte special : specials) {
                byte[] value = plain.clone();
                value[position] = special;
                byte[] head = "{\"v\":\"".getBytes(UTF_8);
                byte[] json = new byte[head.length + value.length + 2];
                System.arraycopy(head, 0, json, 0, head.length);
                System.arraycopy(value, 0, json, head.length, value.length);
                json[json.length - 2] = '"';
                json[json.length - 1] = '}';
                agree(json);
                agree(java.util.Arrays.copyOf(json, json.length - 1));
            }
        }
    }

    @Test
    void a_wide_object_and_a_wrapped_pass_number_still_find_every_duplicate() throws Exception {
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 3_000; i++) {
            wide.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":").append(i);
        }
        byte[] distinct = (wide + "}").getBytes(UTF_8);
        assertThat(agree(distinct)).isTrue();
        byte[] repeated = (wide + ",\"m2999\":0}").getBytes(UTF_8);
        assertThat(agree(repeated)).isFalse();

        MemberNames names = new MemberNames(8);
        names.skipToPass(Integer.MAX_VALUE - 3);
        byte[] in = "ab".getBytes(UTF_8);
        for (int pass = 0; pass < 6; pass++) {
            names.startPass(in);
            assertThat(names.add(0, 0, 1, null)).as("pass %d", pass).isTrue();
            assertThat(names.add(0, 1, 2, null)).isTrue();
            assertThat(names.add(1, 0, 1, null)).isTrue();
            assertThat(names.add(0, 0, 1, null)).isFalse();
            assertThat(names.add(0, 0, 0, "b")).isFalse();
        }
    }

    @Test
    void reports_each_top_level_member_as_the_reader_builds_it() throws Exception {
        for (String seed : SEEDS) {
            assertThat(agree(seed.getBytes(UTF_8))).as(seed).isTrue();
        }
        List<String> kinds = new ArrayList<>();
        byte[] json = SEEDS[0].getBytes(UTF_8);
        JsonScanner.scan(json, json.length, (in, nameFrom, nameTo, decoded, kind, from, to, plain) ->
                kinds.add(new String(in, nameFrom, nameTo - nameFrom, UTF_8) + "=" + kind + (plain ? "+" : "")));
        assertThat(kinds).containsExactly("iss=STRING+", "sub=STRING+", "aud=ARRAY+", "exp=NUMBER+", "nbf=NUMBER",
                "scope=STRING+", "roles=ARRAY+", "n=LITERAL", "t=LITERAL", "f=LITERAL");
    }

    /**
     * Whether both readers accept {@code json}; fails the test when only one does, or when the
     * members the scanner reports differ from those the reader builds.
     */
    private static boolean agree(byte[] json) {
        Map<String, Object> built;
        try {
            built = StrictJson.parseObject(json);
        } catch (StrictJson.JsonException e) {
            built = null;
        }
        boolean scanned;
        try {
            // The verdict comes from the scanner alone: the reporting pass below reads each
            // value with StrictJson, which would refuse what the scanner wrongly let through.
            JsonScanner.scan(json, json.length, ignore());
            scanned = true;
        } catch (StrictJson.JsonException e) {
            scanned = false;
        }
        assertThat(scanned).as("scanner accepts %s", new String(json, UTF_8)).isEqualTo(built != null);
        if (scanned) {
            assertThat(reported(json)).isEqualTo(built);
        }
        return scanned;
    }

    private static Map<String, Object> reported(byte[] json) {
        Map<String, Object> reported = new LinkedHashMap<>();
        try {
            JsonScanner.scan(json, json.length, (in, nameFrom, nameTo, decoded, kind, from, to, plain) -> {
                String name = decoded != null ? decoded : new String(in, nameFrom, nameTo - nameFrom, UTF_8);
                Object value = StrictJson.valueAt(in, from, to, StrictJson.COMMON);
                assertThat(kind).as("kind of %s", name).isEqualTo(kindOf(value));
                assertThat(plain).as("plain %s", name).isEqualTo(isPlain(value, new String(in, from, to - from, UTF_8)));
                reported.put(name, value);
            });
        } catch (StrictJson.JsonException e) {
            throw new AssertionError("the scanner accepted, then refused, " + new String(json, UTF_8), e);
        }
        return reported;
    }

    private static Kind kindOf(Object value) {
        if (value instanceof String) {
            return Kind.STRING;
        }
        if (value instanceof Number) {
            return Kind.NUMBER;
        }
        if (value instanceof Map) {
            return Kind.OBJECT;
        }
        return value instanceof List ? Kind.ARRAY : Kind.LITERAL;
    }

    private static boolean isPlain(Object value, String text) {
        if (value instanceof String) {
            return text.chars().allMatch(c -> c >= 0x20 && c < 0x80 && c != '\\');
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(String.class::isInstance);
        }
        return value instanceof Long && text.replace("-", "").length() <= 18;
    }

    private static byte[] mutate(byte[] json, SplittableRandom random, byte[] alphabet, byte[] odd) {
        int at = random.nextInt(json.length + 1);
        byte b = random.nextInt(8) == 0 ? odd[random.nextInt(odd.length)] : alphabet[random.nextInt(alphabet.length)];
        switch (random.nextInt(4)) {
            case 0: { // insert
                byte[] out = new byte[json.length + 1];
                System.arraycopy(json, 0, out, 0, at);
                out[at] = b;
                System.arraycopy(json, at, out, at + 1, json.length - at);
                return out;
            }
            case 1: { // delete
                if (at == json.length) {
                    return json;
                }
                byte[] out = new byte[json.length - 1];
                System.arraycopy(json, 0, out, 0, at);
                System.arraycopy(json, at + 1, out, at, json.length - at - 1);
                return out;
            }
            case 2: { // replace
                if (at == json.length) {
                    return json;
                }
                byte[] out = json.clone();
                out[at] = b;
                return out;
            }
            default: { // repeat a slice, e.g. a whole member
                int from = random.nextInt(json.length + 1);
                int to = Math.min(json.length, from + random.nextInt(12));
                byte[] out = new byte[json.length + (to - from)];
                System.arraycopy(json, 0, out, 0, at);
                System.arraycopy(json, from, out, at, to - from);
                System.arraycopy(json, at, out, at + (to - from), json.length - at);
                return out;
            }
        }
    }

    private static JsonScanner.Members ignore() {
        return (in, nameFrom, nameTo, decoded, kind, from, to, plain) -> { };
    }
}

package dev.perfgate.auth;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Duplicate detection costs O(n log n) name comparisons whatever the names: proven by counting
 * the operations {@link MemberNames} performs (probe steps and comparisons), not by timing.
 */
class MemberNamesTest {

    /** 2^k distinct names of 2k characters with one {@link String#hashCode()}: "Aa" and "BB" collide. */
    static List<String> collidingNames(int k) {
        List<String> names = new ArrayList<>();
        for (int bits = 0; bits < 1 << k; bits++) {
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < k; i++) {
                name.append((bits >> i & 1) == 0 ? "Aa" : "BB");
            }
            names.add(name.toString());
        }
        assertThat(names.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
        return names;
    }

    static String object(List<String> names) {
        StringBuilder json = new StringBuilder("{");
        for (String name : names) {
            json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":0");
        }
        return json.append('}').toString();
    }

    /** Adds every name of {@code names} to one object of a fresh pass; the operations it took. */
    private static long operations(List<String> names, boolean decoded) {
        String text = String.join("", names);
        byte[] in = text.getBytes(US_ASCII);
        MemberNames table = new MemberNames(names.size()).startPass(in);
        int at = 0;
        for (String name : names) {
            boolean added = table.add(0, at, at + name.length(), decoded ? name : null);
            assertThat(added).isTrue();
            at += name.length();
        }
        assertThat(table.deferredDuplicate()).isNull();
        return table.operations();
    }

    @Test
    void hash_colliding_names_cost_n_log_n_comparisons_not_n_squared() {
        for (boolean decoded : new boolean[] {false, true}) {
            long previous = 0;
            for (int k = 11; k <= 13; k++) {
                int n = 1 << k;
                long operations = operations(collidingNames(k), decoded);
                // Quadratic probing would take n(n-1)/2: 2.1 million for 2048 names, 33.5 million for 8192.
                assertThat(operations).as("%d names", n).isLessThanOrEqualTo(2L * n * k);
                if (previous > 0) {
                    // Doubling n must a little more than double the work, never quadruple it.
                    assertThat(operations).isLessThan(3 * previous);
                }
                previous = operations;
            }
        }
    }

    @Test
    void distinct_hashes_still_take_about_one_probe_a_name() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2048; i++) {
            names.add("claim" + i);
        }
        assertThat(operations(names, false)).isLessThanOrEqualTo(3L * names.size());
    }

    @Test
    void a_duplicate_among_colliding_names_is_found_wherever_it_sits() throws Exception {
        List<String> names = collidingNames(11);
        for (int duplicateOf : new int[] {0, 5, 1000, names.size() - 1}) {
            for (int insertAt : new int[] {duplicateOf + 1, names.size() / 2 + 1, names.size()}) {
                if (insertAt <= duplicateOf) {
                    continue;
                }
                List<String> withDuplicate = new ArrayList<>(names);
                withDuplicate.add(insertAt, names.get(duplicateOf));
                byte[] json = object(withDuplicate).getBytes(US_ASCII);
                assertThatThrownBy(() -> JsonScanner.scan(json, json.length, (in, nf, nt, d, kind, vf, vt, p) -> { }))
                        .as("duplicate of %d at %d", duplicateOf, insertAt)
                        .hasMessageContaining("duplicate member name \"" + names.get(duplicateOf) + "\"");
                assertThatThrownBy(() -> StrictJson.parseObject(json)).hasMessageContaining("duplicate member name");
            }
        }
        byte[] distinct = object(names).getBytes(US_ASCII);
        JsonScanner.scan(distinct, distinct.length, (in, nf, nt, d, kind, vf, vt, p) -> { });
    }

    @Test
    void colliding_names_in_different_objects_are_not_duplicates_and_escaped_spellings_are() throws Exception {
        List<String> names = collidingNames(9);
        String json = "{\"a\":" + object(names) + ",\"b\":" + object(names) + "," + object(names).substring(1);
        byte[] bytes = json.getBytes(US_ASCII);
        JsonScanner.scan(bytes, bytes.length, (in, nf, nt, d, kind, vf, vt, p) -> { });
        String escaped = "\\u0041" + names.get(6).substring(1);
        byte[] duplicate = (json.substring(0, json.length() - 1) + ",\"" + escaped + "\":1}").getBytes(US_ASCII);
        assertThatThrownBy(() -> JsonScanner.scan(duplicate, duplicate.length, (in, nf, nt, d, kind, vf, vt, p) -> { }))
                .hasMessageContaining("duplicate member name \"" + names.get(6) + "\"");
    }

    @Test
    void a_signed_claim_set_of_colliding_names_validates_and_its_duplicate_is_refused() {
        TokenValidator validator = TokenValidator.builder().hmacSecret(null, TestTokens.SECRET)
                .clock(TestTokens.CLOCK).maxTokenLength(1 << 20).build();
        List<String> names = collidingNames(12);
        String claims = TestTokens.claims(object(names).substring(1, object(names).length() - 1));
        assertThat(validator.validate(TestTokens.hs256(claims)).has(names.get(4095))).isTrue();
        String duplicate = claims.substring(0, claims.length() - 1) + ",\"" + names.get(17) + "\":1}";
        Rejections.assertRejected(validator, TestTokens.hs256(duplicate), RejectionReason.MALFORMED);
    }
}

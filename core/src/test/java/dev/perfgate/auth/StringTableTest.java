package dev.perfgate.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared-string table: finds exactly its ASCII members, and the validator's claims stay equal to the input. */
class StringTableTest {

    private static String find(StringTable table, String text) {
        byte[] bytes = ("..." + text + "...").getBytes(UTF_8);
        return table.find(bytes, 3, bytes.length - 3);
    }

    @Test
    void finds_exactly_its_ascii_members_as_the_same_instances() {
        String issuer = new String("https://issuer.example");
        List<String> members = new ArrayList<>(List.of(issuer, "api", "api", "caf\u00e9"));
        for (int i = 0; i < 40; i++) {
            members.add("member-" + i);
        }
        String long70 = "L".repeat(70);
        members.add(long70);
        StringTable table = new StringTable(members);
        assertThat(find(table, "https://issuer.example")).isSameAs(issuer);
        assertThat(find(table, "api")).isEqualTo("api");
        assertThat(find(table, "L".repeat(70))).isEqualTo(long70);
        assertThat(find(table, "L".repeat(69))).isNull();
        assertThat(find(table, "L".repeat(64))).isNull();
        for (int i = 0; i < 40; i++) {
            assertThat(find(table, "member-" + i)).isEqualTo("member-" + i);
        }
        for (String miss : new String[] {"", "ap", "apj", "apix", "https://issuer.exampl", "https://issuer.examplf",
            "member-40", "caf\u00e9", "caf"}) {
            assertThat(find(table, miss)).as(miss).isNull();
        }
        assertThat(find(new StringTable(List.of()), "api")).isNull();
    }

    @Test
    void claims_read_with_a_table_equal_claims_read_without_one() {
        byte[] payload = TestTokens.claims("\"scope\":\"api\",\"other\":\"https://issuer\",\"x\":\"ap\"").getBytes(UTF_8);
        StringTable table = new StringTable(List.of("https://issuer", "api"));
        Claims shared = ClaimsReader.read(payload.clone(), table, java.util.List.of());
        Claims plain = ClaimsReader.read(payload);
        assertThat(shared.asMap()).isEqualTo(plain.asMap());
        assertThat(shared.issuer()).contains("https://issuer");
        assertThat(shared.audience()).containsExactly("api");
        assertThat(shared.get("x", String.class)).contains("ap");
    }
}

package dev.perfgate.auth;

import static dev.perfgate.auth.Rejections.assertRejected;
import static dev.perfgate.auth.TestTokens.SECRET;
import static dev.perfgate.auth.TestTokens.claims;
import static dev.perfgate.auth.TestTokens.hmac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfgate.auth.TokenValidator.TypePresence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The {@code typ} header (RFC 7515 §4.1.9, explicit typing per RFC 8725 §3.11, RFC 9068 §4):
 * compared case-insensitively with "application/" implied, required or optional as configured.
 */
class TypeHeaderTest {

    private static String token(String typMember) {
        String header = "{\"alg\":\"HS256\"" + (typMember.isEmpty() ? "" : "," + typMember) + "}";
        return hmac("HmacSHA256", SECRET, header, claims(""));
    }

    private static String typed(String typ) {
        return token("\"typ\":\"" + typ + "\"");
    }

    private final TokenValidator accessTokens = TestTokens.hs256Validator()
            .expectedTypes(TypePresence.REQUIRED, "at+jwt").build();

    @ParameterizedTest
    @ValueSource(strings = {"at+jwt", "AT+JWT", "At+Jwt", "application/at+jwt", "APPLICATION/AT+JWT", "Application/at+JWT"})
    void an_expected_type_matches_in_any_case_with_or_without_the_application_prefix(String typ) {
        assertThat(accessTokens.validate(typed(typ)).subject()).contains("user-1");
    }

    @Test
    void a_required_type_that_is_missing_is_refused() {
        assertRejected(accessTokens, token(""), RejectionReason.WRONG_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JWT", "jwt", "application/jwt", "at+jwt ", " at+jwt", "at+jw", "at+jwtx", "text/at+jwt",
        "application/application/at+jwt", "at+jwt; charset=utf-8", "", "secevent+jwt", "dpop+jwt", "application/",
        "at\\u002bjwt\\u0000", "\u0430t+jwt"})
    void a_wrong_type_is_refused(String typ) {
        assertRejected(accessTokens, typed(typ), RejectionReason.WRONG_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "1", "true", "[\"at+jwt\"]", "{\"t\":\"at+jwt\"}"})
    void a_type_that_is_not_a_string_is_malformed_whatever_the_setting(String typ) {
        assertRejected(accessTokens, token("\"typ\":" + typ), RejectionReason.MALFORMED);
        assertRejected(TestTokens.hs256Validator().build(), token("\"typ\":" + typ), RejectionReason.MALFORMED);
    }

    @Test
    void an_escaped_spelling_is_the_same_type() {
        assertThat(accessTokens.validate(typed("at\\u002Bjwt")).subject()).contains("user-1");
    }

    @Test
    void case_folding_is_ascii_only() {
        // String.equalsIgnoreCase folds U+017F (long s) to 's' and U+212A (Kelvin) to 'k': not the same media type.
        TokenValidator events = TestTokens.hs256Validator().expectedTypes(TypePresence.REQUIRED, "secevent+jwt", "kid+jwt").build();
        assertThat(events.validate(typed("SECEVENT+JWT")).subject()).isPresent();
        assertThat(events.validate(typed("KID+jwt")).subject()).isPresent();
        assertRejected(events, typed("\u017Fecevent+jwt"), RejectionReason.WRONG_TYPE);
        assertRejected(events, typed("\u212Aid+jwt"), RejectionReason.WRONG_TYPE);
    }

    @Test
    void the_default_accepts_jwt_at_jwt_or_no_type_and_refuses_every_other_type() {
        TokenValidator defaults = TestTokens.hs256Validator().build();
        for (String typ : new String[] {"JWT", "jwt", "application/jwt", "at+jwt", "application/AT+JWT"}) {
            assertThat(defaults.validate(typed(typ)).subject()).as(typ).contains("user-1");
        }
        assertThat(defaults.validate(token("")).subject()).contains("user-1");
        for (String typ : new String[] {"secevent+jwt", "logout+jwt", "dpop+jwt", "JOSE", "", "jwt+at"}) {
            assertRejected(defaults, typed(typ), RejectionReason.WRONG_TYPE);
        }
    }

    @Test
    void an_optional_type_accepts_tokens_without_one_but_not_a_wrong_one() {
        TokenValidator optional = TestTokens.hs256Validator().expectedTypes(TypePresence.OPTIONAL, "at+jwt").build();
        assertThat(optional.validate(token("")).subject()).contains("user-1");
        assertThat(optional.validate(typed("application/at+jwt")).subject()).contains("user-1");
        assertRejected(optional, typed("JWT"), RejectionReason.WRONG_TYPE);
    }

    @Test
    void a_remembered_header_does_not_carry_one_validators_type_to_another() {
        TokenValidator defaults = TestTokens.hs256Validator().build();
        String jwt = typed("JWT");
        assertThat(defaults.validate(jwt).subject()).isPresent();
        assertRejected(accessTokens, jwt, RejectionReason.WRONG_TYPE);
        assertRejected(accessTokens, jwt, RejectionReason.WRONG_TYPE);
    }

    @Test
    void configured_types_are_checked_when_set() {
        TokenValidator.Builder builder = TokenValidator.builder();
        assertThatThrownBy(() -> builder.expectedTypes(TypePresence.REQUIRED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> builder.expectedTypes(TypePresence.REQUIRED, "at+jwt", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\" \"");
        assertThatThrownBy(() -> builder.expectedTypes(TypePresence.REQUIRED, "at jwt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at jwt");
        assertThatThrownBy(() -> builder.expectedTypes(TypePresence.REQUIRED, "at+jw\u00e9"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.expectedTypes(null, "at+jwt")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.expectedTypes(TypePresence.REQUIRED, (String) null))
                .isInstanceOf(NullPointerException.class);
    }
}

package dev.perfgate.auth;

import static dev.perfgate.auth.TestTokens.SECRET;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.perfgate.auth.TokenValidator.TypePresence;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fuzzes {@link TokenValidator#validate} (Jazzer). For every input: no exception but
 * {@link TokenRejectedException} escapes, and no rejection comes from the validator's safety net
 * (a check that threw something else); no forged token is accepted; every accessor of accepted
 * {@link Claims} answers without throwing.
 *
 * <p>The first byte chooses what the rest is (see {@link Mode}); the seed corpus in
 * {@code TokenValidatorFuzzTestInputs/validate/} holds a few of each. Without {@code JAZZER_FUZZ}
 * (plain {@code mvn test}) Jazzer runs only the seeds; docs/fuzzing.md has the fuzzing commands.
 */
class TokenValidatorFuzzTest {

    /** What an input's bytes after the first are. */
    enum Mode {
        /** Byte 1 picks an {@link #ORIGINALS original}; then 4-byte edits (position 2, op, char). */
        EDITED_ORIGINAL,
        /** The token text itself, as UTF-8 (so any character, surrogate pairs included). */
        RAW_TEXT,
        /** Byte 1 picks how to forge; then header JSON, a 0 byte, payload JSON: signed without the validator's keys. */
        FORGED,
        /** Header JSON, a 0 byte, payload JSON, signed HS256 with the trusted secret: the claims' path. */
        TRUSTED
    }

    private static final byte[] ATTACKER_SECRET = "an attacker's own 256-bit secret!".getBytes(StandardCharsets.US_ASCII);
    private static final KeyPair ATTACKER_EC = generateEc();

    /** Broad: no issuer, audience or required claims, a cache. */
    private static final TokenValidator LENIENT = TokenValidator.builder()
            .hmacSecret("hs", SECRET, JwsAlgorithm.HS256)
            .key("ec", TestTokens.ec().getPublic())
            .clock(TestTokens.CLOCK).requiredClaims().cache(64).build();
    /** Typical: issuer, audience, exp required, at+jwt or JWT. */
    private static final TokenValidator TYPICAL = TestTokens.hs256Validator()
            .expectedTypes(TypePresence.OPTIONAL, "at+jwt", "JWT").build();
    private static final List<TokenValidator> VALIDATORS = List.of(LENIENT, TYPICAL);

    /** Valid tokens signed with the validators' keys: the only signing inputs a non-TRUSTED input may get accepted with. */
    static final List<String> ORIGINALS = List.of(
            TestTokens.hs256(TestTokens.claims("")),
            TestTokens.hmac("HmacSHA256", SECRET, "{\"alg\":\"HS256\",\"kid\":\"hs\",\"typ\":\"at+jwt\"}",
                    TestTokens.claims("\"scope\":\"read write\",\"roles\":[\"a\",\"b\"],\"nbf\":1699999999.5,\"x\":{\"y\":[1,2.5,null]}")),
            TestTokens.hmac("HmacSHA256", SECRET, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
                    TestTokens.claims("\"aud\":[\"web\",\"api\"],\"\\u00e9t\\u00e9\":\"\\ud83d\\ude00\",\"jti\":\"j\"").replace("\"aud\":\"api\",", "")),
            TestTokens.signed(JwsAlgorithm.ES256, TestTokens.ec().getPrivate(), "{\"alg\":\"ES256\",\"kid\":\"ec\"}",
                    TestTokens.claims("")));
    private static final Set<String> ORIGINAL_SIGNING_INPUTS = ORIGINALS.stream()
            .map(token -> token.substring(0, token.lastIndexOf('.'))).collect(Collectors.toUnmodifiableSet());

    /** The short run of {@code mvn verify}; the seeds alone under plain {@code mvn test}. */
    @FuzzTest(maxDuration = "45s")
    void validate(byte[] data) {
        fuzzerTestOneInput(data);
    }

    /** The entry point of Jazzer's own command line, for long runs (docs/fuzzing.md). */
    public static void fuzzerTestOneInput(byte[] data) {
        if (data.length == 0) {
            check(Mode.RAW_TEXT, "");
            return;
        }
        Mode mode = Mode.values()[(data[0] & 0xff) % Mode.values().length];
        byte[] rest = Arrays.copyOfRange(data, 1, data.length);
        String token = switch (mode) {
            case EDITED_ORIGINAL -> edited(rest);
            case RAW_TEXT -> new String(rest, StandardCharsets.UTF_8);
            case FORGED -> forged(rest);
            case TRUSTED -> trusted(rest);
        };
        check(mode, token);
    }

    private static void check(Mode mode, String token) {
        for (TokenValidator validator : VALIDATORS) {
            Claims claims;
            try {
                claims = validator.validate(token);
            } catch (TokenRejectedException rejected) {
                if (rejected.getMessage().startsWith("MALFORMED: unexpected ")) {
                    throw new AssertionError("only the safety net refused " + token + ": " + rejected.getMessage());
                }
                continue;
            }
            if (mode == Mode.FORGED) {
                throw new AssertionError("accepted a token signed without the validator's keys: " + token);
            }
            if (mode != Mode.TRUSTED) {
                int lastDot = token.lastIndexOf('.');
                if (!ORIGINAL_SIGNING_INPUTS.contains(token.substring(0, lastDot))) {
                    throw new AssertionError("accepted a token whose signing input no key signed: " + token);
                }
            }
            readEverything(claims);
            readEverything(validator.validate(token)); // again: a cache hit for LENIENT
        }
    }

    /** Every accessor of accepted claims must answer; get() with Object.class cannot be a wrong type. */
    private static void readEverything(Claims claims) {
        claims.subject();
        claims.issuer();
        claims.audience().forEach(String::length);
        claims.expiresAt().ifPresent(instant -> instant.plusSeconds(0));
        claims.notBefore();
        claims.issuedAt();
        claims.jwtId();
        claims.scopes();
        claims.roles().forEach(String::length);
        for (String name : ClaimsReader.REGISTERED) {
            claims.has(name);
        }
        claims.has("tenant");
        Map<String, Object> all = claims.asMap();
        for (String name : all.keySet()) {
            claims.get(name, Object.class);
            if (!claims.has(name)) {
                throw new AssertionError("asMap() holds \"" + name + "\" but has() denies it");
            }
        }
        claims.toString();
    }

    private static String edited(byte[] rest) {
        StringBuilder token = new StringBuilder(ORIGINALS.get(rest.length == 0 ? 0 : (rest[0] & 0xff) % ORIGINALS.size()));
        for (int i = 1; i + 3 < rest.length; i += 4) {
            int at = ((rest[i] & 0xff) << 8 | (rest[i + 1] & 0xff)) % (token.length() + 1);
            char c = (char) (rest[i + 3] & 0xff);
            switch ((rest[i + 2] & 0xff) % 3) {
                case 0 -> token.insert(at, c);
                case 1 -> {
                    if (at < token.length()) {
                        token.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < token.length()) {
                        token.setCharAt(at, c);
                    }
                }
            }
        }
        return token.toString();
    }

    private static String forged(byte[] rest) {
        if (rest.length == 0) {
            return "";
        }
        String input = signingInput(Arrays.copyOfRange(rest, 1, rest.length));
        byte[] signature = switch ((rest[0] & 0xff) % 5) {
            case 0 -> TestTokens.mac("HmacSHA256", ATTACKER_SECRET, input);
            // The validator's public key as an HMAC secret: the classic key-confusion forgery.
            case 1 -> TestTokens.mac("HmacSHA256", TestTokens.ec().getPublic().getEncoded(), input);
            case 2 -> TestTokens.signature(JwsAlgorithm.ES256, ATTACKER_EC.getPrivate(), input);
            case 3 -> TestTokens.mac("HmacSHA384", ATTACKER_SECRET, input);
            default -> new byte[0];
        };
        return input + "." + TestTokens.b64(signature);
    }

    private static String trusted(byte[] rest) {
        String input = signingInput(rest);
        return input + "." + TestTokens.b64(TestTokens.mac("HmacSHA256", SECRET, input));
    }

    /** base64url(header) "." base64url(payload), the two split at the first 0 byte (none: an empty payload). */
    private static String signingInput(byte[] rest) {
        int zero = 0;
        while (zero < rest.length && rest[zero] != 0) {
            zero++;
        }
        byte[] header = Arrays.copyOfRange(rest, 0, zero);
        byte[] payload = zero < rest.length ? Arrays.copyOfRange(rest, zero + 1, rest.length) : new byte[0];
        return TestTokens.b64(header) + "." + TestTokens.b64(payload);
    }

    private static KeyPair generateEc() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

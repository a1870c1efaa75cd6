package dev.perfgate.auth;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the signature-verification keys of a JWK Set (RFC 7517 §5): {@code kty} oct, RSA, EC
 * (P-256, P-384) and OKP (Ed25519), honouring {@code kid}, {@code alg} and {@code use}. Keys whose
 * {@code use} is {@code enc} are not signature keys and are left out; anything malformed fails
 * with a message naming the key (its position and kid) and the problem.
 *
 * <p>Stateless; thread-safe.
 */
final class JwkSetParser {

    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410), before the 32 key bytes. */
    private static final byte[] ED25519_SPKI_PREFIX = {
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
    };

    private JwkSetParser() {
    }

    static List<VerificationKey> parse(String jwkSetJson) {
        Map<String, Object> set;
        try {
            set = StrictJson.parseObject(jwkSetJson.getBytes(StandardCharsets.UTF_8));
        } catch (StrictJson.JsonException e) {
            throw new IllegalArgumentException("JWK Set is not valid JSON: " + e.getMessage());
        }
        if (!(set.get("keys") instanceof List<?> keys)) {
            throw new IllegalArgumentException("JWK Set has no \"keys\" array");
        }
        List<VerificationKey> result = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!(keys.get(i) instanceof Map<?, ?> jwk)) {
                throw new IllegalArgumentException("JWK Set key #" + i + " is not a JSON object");
            }
            VerificationKey key = parseKey(i, jwk);
            if (key != null) {
                result.add(key);
            }
        }
        return result;
    }

    private static VerificationKey parseKey(int index, Map<?, ?> jwk) {
        String kid = optionalString(index, null, jwk, "kid");
        String name = "JWK Set key #" + index + (kid == null ? "" : " (kid '" + kid + "')");
        String use = optionalString(index, kid, jwk, "use");
        if ("enc".equals(use)) {
            return null;
        }
        if (use != null && !"sig".equals(use)) {
            throw new IllegalArgumentException(name + ": unknown \"use\" '" + use + "'");
        }
        Set<JwsAlgorithm> requested = EnumSet.noneOf(JwsAlgorithm.class);
        String alg = optionalString(index, kid, jwk, "alg");
        if (alg != null) {
            JwsAlgorithm algorithm = JwsAlgorithm.byName(alg);
            if (algorithm == null) {
                throw new IllegalArgumentException(name + ": unsupported \"alg\" '" + alg + "'");
            }
            requested.add(algorithm);
        }
        String kty = optionalString(index, kid, jwk, "kty");
        try {
            if (kty == null) {
                throw new IllegalArgumentException("missing \"kty\"");
            }
            return switch (kty) {
                case "oct" -> VerificationKeys.hmac(kid, bytes(jwk, "k"), requested);
                case "RSA" -> VerificationKeys.of(kid, rsa(jwk), requested);
                case "EC" -> VerificationKeys.of(kid, ec(jwk), requested);
                case "OKP" -> VerificationKeys.of(kid, okp(jwk), requested);
                default -> throw new IllegalArgumentException("unsupported \"kty\" '" + kty + "'");
            };
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String prefix = VerificationKey.describe(kid) + ": ";
            throw new IllegalArgumentException(name + ": "
                    + (message.startsWith(prefix) ? message.substring(prefix.length()) : message), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(name + ": the JDK refuses the key: " + e.getMessage(), e);
        }
    }

    private static PublicKey rsa(Map<?, ?> jwk) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(
                new RSAPublicKeySpec(new BigInteger(1, bytes(jwk, "n")), new BigInteger(1, bytes(jwk, "e"))));
    }

    private static PublicKey ec(Map<?, ?> jwk) throws GeneralSecurityException {
        String crv = String.valueOf(jwk.get("crv"));
        ECParameterSpec curve = VerificationKeys.curve(crv);
        if (curve == null) {
            throw new IllegalArgumentException("unsupported EC \"crv\" '" + crv + "'");
        }
        int size = (curve.getOrder().bitLength() + 7) / 8;
        byte[] x = bytes(jwk, "x");
        byte[] y = bytes(jwk, "y");
        if (x.length != size || y.length != size) {
            throw new IllegalArgumentException("EC coordinates must be " + size + " bytes for " + crv);
        }
        BigInteger bx = new BigInteger(1, x);
        BigInteger by = new BigInteger(1, y);
        if (!VerificationKeys.isPointOnCurve(curve, bx, by)) {
            throw new IllegalArgumentException("EC point is not on " + crv);
        }
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(bx, by), curve));
    }

    private static PublicKey okp(Map<?, ?> jwk) throws GeneralSecurityException {
        Object crv = jwk.get("crv");
        if (!"Ed25519".equals(crv)) {
            throw new IllegalArgumentException("unsupported OKP \"crv\" '" + crv + "' (only Ed25519)");
        }
        byte[] x = bytes(jwk, "x");
        if (x.length != 32) {
            throw new IllegalArgumentException("Ed25519 \"x\" must be 32 bytes, was " + x.length);
        }
        byte[] spki = new byte[ED25519_SPKI_PREFIX.length + 32];
        System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
        System.arraycopy(x, 0, spki, ED25519_SPKI_PREFIX.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    private static byte[] bytes(Map<?, ?> jwk, String member) {
        if (!(jwk.get(member) instanceof String text)) {
            throw new IllegalArgumentException("missing or non-string \"" + member + "\"");
        }
        byte[] ascii = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] decoded = text.isEmpty() ? null : Base64Url.decode(ascii, 0, ascii.length);
        if (decoded == null || !text.chars().allMatch(c -> c < 128)) {
            throw new IllegalArgumentException("\"" + member + "\" is not canonical base64url");
        }
        return decoded;
    }

    private static String optionalString(int index, String kid, Map<?, ?> jwk, String member) {
        Object value = jwk.get(member);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("JWK Set key #" + index
                    + (kid == null ? "" : " (kid '" + kid + "')") + ": \"" + member + "\" is not a string");
        }
        return (String) value;
    }
}

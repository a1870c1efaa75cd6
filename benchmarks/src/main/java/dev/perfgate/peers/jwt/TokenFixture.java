package dev.perfgate.peers.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One benchmark case: an algorithm, its verification key, and a token signed with the matching
 * private key (signed here with plain JCA so no library under test produces its own input). The
 * token is valid for a day, so every iteration validates a live token.
 *
 * <p>Immutable; thread-safe.
 */
public record TokenFixture(String algorithm, Key verificationKey, String token) {

    public static final String ISSUER = "https://auth.perfgate.dev";
    public static final String AUDIENCE = "chat-api";
    public static final String SUBJECT = "user-4711";

    /** A 256-bit HMAC secret: the minimum every library accepts for HS256. */
    private static final byte[] SECRET = "perfgate-benchmark-hs256-secret!".getBytes(StandardCharsets.US_ASCII);

    /** A fixture for {@code algorithm} (HS256, RS256, ES256 or EdDSA) and {@code shape}. */
    public static TokenFixture create(String algorithm, TokenShape shape) {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + SUBJECT + "\",\"aud\":\"" + AUDIENCE
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 86_400) + "," + shape.extraClaims() + "}";
        return create(algorithm, claims, "{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}");
    }

    /** A fixture with a caller-made claim set (e.g. a distinct {@code jti} per token). */
    public static TokenFixture create(String algorithm, String claims, String header) {
        String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        byte[] in = input.getBytes(StandardCharsets.US_ASCII);
        try {
            switch (algorithm) {
                case "HS256": {
                    SecretKey key = new SecretKeySpec(SECRET, "HmacSHA256");
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(key);
                    return new TokenFixture(algorithm, key, input + "." + b64(mac.doFinal(in)));
                }
                case "RS256":
                    return signed(algorithm, Keys.RSA, "SHA256withRSA", input, in);
                case "ES256":
                    return signed(algorithm, Keys.EC, "SHA256withECDSAinP1363Format", input, in);
                case "EdDSA":
                    return signed(algorithm, Keys.ED25519, "Ed25519", input, in);
                default:
                    throw new IllegalArgumentException("unsupported benchmark algorithm '" + algorithm + "'");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a " + algorithm + " fixture", e);
        }
    }

    private static TokenFixture signed(String algorithm, KeyPair pair, String jcaName, String input, byte[] in)
            throws GeneralSecurityException {
        PrivateKey privateKey = pair.getPrivate();
        Signature signature = Signature.getInstance(jcaName);
        signature.initSign(privateKey);
        signature.update(in);
        return new TokenFixture(algorithm, pair.getPublic(), input + "." + b64(signature.sign()));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Key pairs generated once per JVM (RSA-2048 generation takes a noticeable fraction of a second). */
    private static final class Keys {
        static final KeyPair RSA = generate("RSA");
        static final KeyPair EC = generate("EC");
        static final KeyPair ED25519 = generate("Ed25519");

        private static KeyPair generate(String type) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance(type);
                if (type.equals("RSA")) {
                    generator.initialize(2048);
                } else if (type.equals("EC")) {
                    generator.initialize(new ECGenParameterSpec("secp256r1"));
                }
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot generate a " + type + " key pair", e);
            }
        }
    }
}

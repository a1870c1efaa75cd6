package dev.perfgate.golden.auth;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The auth service's token-signing key: a fresh ES256 (P-256) key pair with a {@code kid}. It mints
 * the access tokens the load generator presents and publishes its public half as a JWK, so the
 * WebSocket server verifies with core's {@code TokenValidator} exactly what a real issuer signed.
 * Immutable and thread-safe ({@link Signature} is made per token).
 */
public final class SigningKey {

    /** The issuer every minted token names; the server's validator expects it. */
    public static final String ISSUER = "https://auth.golden.test";
    /** The audience every minted token names; the server's validator expects it. */
    public static final String AUDIENCE = "chat-gateway";

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final String kid;
    private final KeyPair pair;

    private SigningKey(String kid, KeyPair pair) {
        this.kid = kid;
        this.pair = pair;
    }

    /** A new P-256 key pair named {@code kid}. */
    public static SigningKey generate(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return new SigningKey(kid, generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make a P-256 key pair: " + e.getMessage(), e);
        }
    }

    public String kid() {
        return kid;
    }

    /** This key's public half as one JWK object (RFC 7517/7518 §6.2), for the JWK Set. */
    public String publicJwk() {
        ECPublicKey key = (ECPublicKey) pair.getPublic();
        return "{\"kty\":\"EC\",\"crv\":\"P-256\",\"use\":\"sig\",\"alg\":\"ES256\",\"kid\":\"" + kid
                + "\",\"x\":\"" + coordinate(key.getW().getAffineX()) + "\",\"y\":\""
                + coordinate(key.getW().getAffineY()) + "\"}";
    }

    /** A signed access token for {@code subject}, valid from now for {@code lifetime}. */
    public String mint(String subject, Instant now, Duration lifetime) {
        String header = "{\"alg\":\"ES256\",\"typ\":\"at+jwt\",\"kid\":\"" + kid + "\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + subject
                + "\",\"iat\":" + now.getEpochSecond() + ",\"exp\":" + now.plus(lifetime).getEpochSecond() + "}";
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(pair.getPrivate());
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with key '" + kid + "': " + e.getMessage(), e);
        }
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A coordinate as exactly 32 unsigned big-endian bytes, as RFC 7518 §6.2.1.2 requires. */
    private static String coordinate(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] fixed = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, fixed, 32 - copy, copy);
        return B64.encodeToString(fixed);
    }

    @Override
    public String toString() {
        return "ES256 key '" + kid + "'";
    }
}

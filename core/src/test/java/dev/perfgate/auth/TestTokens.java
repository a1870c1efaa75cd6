package dev.perfgate.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs test tokens and holds the test keys (generated once per JVM). */
final class TestTokens {

    static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final long NOW = 1_700_000_000L;
    static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);

    private static KeyPair rsa;
    private static KeyPair ec;
    private static KeyPair ed;

    private TestTokens() {
    }

    static synchronized KeyPair rsa() {
        if (rsa == null) {
            rsa = generate("RSA", 2048);
        }
        return rsa;
    }

    static synchronized KeyPair ec() {
        if (ec == null) {
            ec = generate("EC", 0);
        }
        return ec;
    }

    static synchronized KeyPair ed() {
        if (ed == null) {
            ed = generate("Ed25519", 0);
        }
        return ed;
    }

    private static KeyPair generate(String algorithm, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("RSA")) {
                generator.initialize(bits);
            } else if (algorithm.equals("EC")) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(String json) {
        return b64(json.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] bytes) {
        return Base64Url.encode(bytes);
    }

    /** A claim set valid at {@link #NOW} for issuer "https://issuer" and audience "api". */
    static String claims(String extra) {
        return "{\"iss\":\"https://issuer\",\"sub\":\"user-1\",\"aud\":\"api\",\"exp\":" + (NOW + 600)
                + ",\"iat\":" + (NOW - 10) + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    static String hmac(String algorithm, byte[] secret, String header, String payload) {
        String input = b64(header) + "." + b64(payload);
        return input + "." + b64(mac(algorithm, secret, input));
    }

    static String hs256(String payload) {
        return hmac("HmacSHA256", SECRET, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", payload);
    }

    static byte[] mac(String algorithm, byte[] secret, String input) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            // ISO-8859-1, as the validator reads a token: tests can sign text that is not base64url.
            return mac.doFinal(input.getBytes(StandardCharsets.ISO_8859_1));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String signed(JwsAlgorithm algorithm, PrivateKey key, String header, String payload) {
        String input = b64(header) + "." + b64(payload);
        return input + "." + b64(signature(algorithm, key, input));
    }

    static byte[] signature(JwsAlgorithm algorithm, PrivateKey key, String input) {
        try {
            Signature signature = Signature.getInstance(algorithm.jcaName());
            if (algorithm == JwsAlgorithm.PS256) {
                signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            }
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = TestTokens.class.getResourceAsStream("/auth/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource auth/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validator most tests use: HS256 with {@link #SECRET}, issuer, audience, fixed clock. */
    static TokenValidator.Builder hs256Validator() {
        return TokenValidator.builder()
                .hmacSecret(null, SECRET, JwsAlgorithm.HS256)
                .issuers("https://issuer")
                .audiences("api")
                .clock(CLOCK);
    }
}

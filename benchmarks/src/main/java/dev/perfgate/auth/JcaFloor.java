package dev.perfgate.auth;

import dev.perfgate.peers.jwt.TokenFixture;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;

/**
 * The physical floor of validating a compact JWS with the JDK alone: the token's bytes, base64url
 * decoding of the signature, the HMAC or signature verification over the signing input, and (for
 * HMAC) a constant-time compare. No header, no claims, no checks: nothing a validator could skip.
 * The JCA objects are initialised once, as the fastest possible validator would keep them.
 *
 * <p>Not thread-safe: one instance per benchmark thread.
 */
final class JcaFloor {

    private final Mac mac;
    private final Signature signature;

    JcaFloor(String algorithm, Key key) {
        try {
            if (algorithm.equals("HS256")) {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                signature = null;
            } else {
                mac = null;
                signature = Signature.getInstance(switch (algorithm) {
                    case "RS256" -> "SHA256withRSA";
                    case "ES256" -> "SHA256withECDSAinP1363Format";
                    case "EdDSA" -> "Ed25519";
                    default -> throw new IllegalArgumentException("no JCA floor for " + algorithm);
                });
                signature.initVerify((PublicKey) key);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up the " + algorithm + " floor", e);
        }
    }

    /**
     * The floor for a fixture's key, proven to accept the fixture's own token before anything is
     * measured: a floor that rejects would time the failure path instead.
     */
    static JcaFloor acceptingOwnToken(TokenFixture fixture) {
        JcaFloor floor = new JcaFloor(fixture.algorithm(), fixture.verificationKey());
        if (!floor.verify(fixture.token())) {
            throw new IllegalStateException("the " + fixture.algorithm() + " floor rejects its own token");
        }
        return floor;
    }

    boolean verify(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.US_ASCII);
        int dot = token.lastIndexOf('.');
        byte[] sig = Base64.getUrlDecoder().decode(Arrays.copyOfRange(bytes, dot + 1, bytes.length));
        try {
            if (mac != null) {
                mac.update(bytes, 0, dot);
                return MessageDigest.isEqual(mac.doFinal(), sig);
            }
            signature.update(bytes, 0, dot);
            return signature.verify(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the floor's own token does not verify", e);
        }
    }
}

package dev.perfgate.auth;

import java.math.BigInteger;
import java.security.Key;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.SecretKey;

/**
 * Turns a Java key into a {@link VerificationKey}, refusing weak or unusable keys with a message
 * naming the key and the problem: HMAC secrets under 256 bits (or under the hash size of a
 * requested HS384/HS512), RSA moduli under 2048 bits, EC points off the curve or on curves other
 * than P-256/P-384, and algorithms of another family than the key's.
 *
 * <p>Stateless; thread-safe.
 */
final class VerificationKeys {

    static final int MIN_RSA_BITS = 2048;

    private VerificationKeys() {
    }

    static VerificationKey of(String kid, Key key, Set<JwsAlgorithm> requested) {
        String name = VerificationKey.describe(kid);
        if (key instanceof SecretKey secret) {
            byte[] bytes = secret.getEncoded();
            if (bytes == null) {
                throw new IllegalArgumentException(name + ": the secret key does not expose its bytes");
            }
            return hmac(kid, bytes, requested);
        }
        if (key instanceof RSAPublicKey rsa) {
            int bits = rsa.getModulus().bitLength();
            if (bits < MIN_RSA_BITS) {
                throw new IllegalArgumentException(name + ": RSA modulus of " + bits
                        + " bits is under the " + MIN_RSA_BITS + "-bit minimum");
            }
            return new VerificationKey(kid, allowed(name, JwsAlgorithm.Family.RSA, requested,
                    EnumSet.of(JwsAlgorithm.RS256, JwsAlgorithm.RS384, JwsAlgorithm.RS512, JwsAlgorithm.PS256)),
                    new JcaVerifier(rsa, JwsAlgorithm.Family.RSA));
        }
        if (key instanceof ECPublicKey ec) {
            JwsAlgorithm curveAlgorithm = curveAlgorithm(name, ec);
            return new VerificationKey(kid, allowed(name, JwsAlgorithm.Family.EC, requested,
                    EnumSet.of(curveAlgorithm)), new JcaVerifier(ec, JwsAlgorithm.Family.EC));
        }
        if (key instanceof EdECPublicKey ed) {
            if (!"Ed25519".equalsIgnoreCase(ed.getParams().getName())) {
                throw new IllegalArgumentException(name + ": only Ed25519 is supported, not "
                        + ed.getParams().getName());
            }
            return new VerificationKey(kid, allowed(name, JwsAlgorithm.Family.OKP, requested,
                    EnumSet.of(JwsAlgorithm.EdDSA)), new JcaVerifier(ed, JwsAlgorithm.Family.OKP));
        }
        throw new IllegalArgumentException(name + ": unsupported key type "
                + (key == null ? "null" : key.getClass().getName())
                + " (expected a SecretKey, RSAPublicKey, ECPublicKey or Ed25519 EdECPublicKey)");
    }

    static VerificationKey hmac(String kid, byte[] secret, Set<JwsAlgorithm> requested) {
        String name = VerificationKey.describe(kid);
        if (secret.length < 32) {
            throw new IllegalArgumentException(name + ": HMAC secret of " + secret.length * 8
                    + " bits is under the 256-bit minimum (RFC 7518 §3.2)");
        }
        EnumSet<JwsAlgorithm> fitting = EnumSet.noneOf(JwsAlgorithm.class);
        for (JwsAlgorithm algorithm : EnumSet.of(JwsAlgorithm.HS256, JwsAlgorithm.HS384, JwsAlgorithm.HS512)) {
            if (secret.length >= algorithm.size()) {
                fitting.add(algorithm);
            }
        }
        for (JwsAlgorithm algorithm : requested) {
            if (algorithm.family() == JwsAlgorithm.Family.HMAC && !fitting.contains(algorithm)) {
                throw new IllegalArgumentException(name + ": HMAC secret of " + secret.length * 8
                        + " bits is too short for " + algorithm);
            }
        }
        return new VerificationKey(kid, allowed(name, JwsAlgorithm.Family.HMAC, requested, fitting),
                new HmacVerifier(secret));
    }

    private static Set<JwsAlgorithm> allowed(String name, JwsAlgorithm.Family family,
                                             Set<JwsAlgorithm> requested, Set<JwsAlgorithm> possible) {
        if (requested.isEmpty()) {
            return possible;
        }
        for (JwsAlgorithm algorithm : requested) {
            if (!possible.contains(algorithm)) {
                throw new IllegalArgumentException(name + ": a " + family + " key cannot verify "
                        + algorithm + " (it allows " + possible + ")");
            }
        }
        return requested;
    }

    private static JwsAlgorithm curveAlgorithm(String name, ECPublicKey key) {
        ECParameterSpec params = key.getParams();
        JwsAlgorithm algorithm;
        if (sameCurve(params, EcCurves.P256)) {
            algorithm = JwsAlgorithm.ES256;
        } else if (sameCurve(params, EcCurves.P384)) {
            algorithm = JwsAlgorithm.ES384;
        } else {
            throw new IllegalArgumentException(name + ": EC curve of order "
                    + params.getOrder().bitLength() + " bits is not P-256 or P-384");
        }
        if (!EcCurves.onCurve(params, key.getW())) {
            throw new IllegalArgumentException(name + ": EC point is not on its curve");
        }
        return algorithm;
    }

    private static boolean sameCurve(ECParameterSpec a, ECParameterSpec b) {
        return a.getOrder().equals(b.getOrder()) && a.getCurve().equals(b.getCurve())
                && a.getGenerator().equals(b.getGenerator());
    }

    /** Kept for {@link JwkSetParser}: the standard curve of a JWK {@code crv}. */
    static ECParameterSpec curve(String crv) {
        return switch (crv) {
            case "P-256" -> EcCurves.P256;
            case "P-384" -> EcCurves.P384;
            default -> null;
        };
    }

    static boolean isPointOnCurve(ECParameterSpec params, BigInteger x, BigInteger y) {
        return EcCurves.onCurve(params, new ECPoint(x, y));
    }
}

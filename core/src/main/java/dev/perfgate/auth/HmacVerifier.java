package dev.perfgate.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC verification (HS256/384/512) with one initialised {@link Mac} per thread and algorithm,
 * so the hot path neither looks up a provider nor re-keys; the comparison is constant-time.
 *
 * <p>Thread-safe: a {@link Mac} never leaves the thread that created it.
 */
final class HmacVerifier implements SignatureVerifier {

    private final byte[] secret;
    private final ThreadLocal<Mac>[] macs;
    private final ThreadLocal<byte[]> scratch = ThreadLocal.withInitial(() -> new byte[64]);

    @SuppressWarnings("unchecked")
    HmacVerifier(byte[] secret) {
        this.secret = secret.clone();
        this.macs = new ThreadLocal[JwsAlgorithm.values().length];
        for (JwsAlgorithm algorithm : JwsAlgorithm.values()) {
            if (algorithm.family() == JwsAlgorithm.Family.HMAC) {
                macs[algorithm.ordinal()] = ThreadLocal.withInitial(() -> newMac(algorithm));
            }
        }
    }

    private Mac newMac(JwsAlgorithm algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName());
            mac.init(new SecretKeySpec(secret, algorithm.jcaName()));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm.jcaName(), e);
        }
    }

    @Override
    public boolean verify(JwsAlgorithm algorithm, byte[] input, int length, byte[] signature) {
        int macLength = algorithm.size();
        if (signature.length != macLength) {
            return false;
        }
        Mac mac = macs[algorithm.ordinal()].get();
        mac.update(input, 0, length);
        byte[] expected = scratch.get();
        try {
            mac.doFinal(expected, 0);
        } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException("scratch buffer shorter than " + macLength, e);
        }
        return equalInConstantTime(expected, signature, macLength);
    }

    /** Like {@link MessageDigest#isEqual} over a prefix, without copying the scratch buffer. */
    private static boolean equalInConstantTime(byte[] expected, byte[] actual, int length) {
        int difference = 0;
        for (int i = 0; i < length; i++) {
            difference |= expected[i] ^ actual[i];
        }
        return difference == 0;
    }
}

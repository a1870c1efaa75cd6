package dev.perfgate.auth;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

/**
 * RSA (RS256/384/512, PS256), ECDSA (ES256/ES384, raw R||S) and Ed25519 verification through
 * the JDK's {@link Signature}, one instance per thread and algorithm, initialised once: after
 * {@code verify} a JCA signature returns to its initialised state, so the hot path is the
 * primitive itself.
 *
 * <p>Before JCA sees a signature its shape is checked: the exact length (which also rejects DER
 * where raw R||S is due) and, for ECDSA, 0 &lt; r, s &lt; n, refusing the CVE-2022-21449
 * "psychic signature" whatever JDK runs this.
 *
 * <p>Thread-safe: a {@link Signature} never leaves the thread that created it.
 */
final class JcaVerifier implements SignatureVerifier {

    private final PublicKey key;
    private final int signatureLength;
    private final BigInteger order;
    private final ThreadLocal<Signature>[] signatures;

    @SuppressWarnings("unchecked")
    JcaVerifier(PublicKey key, JwsAlgorithm.Family family) {
        this.key = key;
        this.signatures = new ThreadLocal[JwsAlgorithm.values().length];
        for (JwsAlgorithm algorithm : JwsAlgorithm.values()) {
            if (algorithm.family() == family) {
                signatures[algorithm.ordinal()] = ThreadLocal.withInitial(() -> newSignature(algorithm));
            }
        }
        switch (family) {
            case RSA -> {
                signatureLength = (((RSAPublicKey) key).getModulus().bitLength() + 7) / 8;
                order = null;
            }
            case EC -> {
                order = ((ECPublicKey) key).getParams().getOrder();
                signatureLength = 2 * ((order.bitLength() + 7) / 8);
            }
            case OKP -> {
                signatureLength = 64;
                order = null;
            }
            default -> throw new IllegalArgumentException("not a public-key family: " + family);
        }
    }

    private Signature newSignature(JwsAlgorithm algorithm) {
        try {
            Signature signature = Signature.getInstance(algorithm.jcaName());
            if (algorithm == JwsAlgorithm.PS256) {
                signature.setParameter(new PSSParameterSpec(
                        "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            }
            signature.initVerify(key);
            return signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot verify " + algorithm + " with this key", e);
        }
    }

    @Override
    public boolean verify(JwsAlgorithm algorithm, byte[] input, int length, byte[] signature) {
        if (signature.length != signatureLength || (order != null && !scalarsInRange(signature))) {
            return false;
        }
        ThreadLocal<Signature> local = signatures[algorithm.ordinal()];
        Signature verifier = local.get();
        try {
            verifier.update(input, 0, length);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            // The instance may be left mid-operation: start the next call from a fresh one.
            local.remove();
            return false;
        }
    }

    /** 0 &lt; r &lt; n and 0 &lt; s &lt; n for the raw R||S encoding (RFC 7518 §3.4). */
    private boolean scalarsInRange(byte[] signature) {
        int half = signature.length / 2;
        return inRange(signature, 0, half) && inRange(signature, half, half);
    }

    private boolean inRange(byte[] signature, int offset, int length) {
        BigInteger scalar = new BigInteger(1, signature, offset, length);
        return scalar.signum() > 0 && scalar.compareTo(order) < 0;
    }
}

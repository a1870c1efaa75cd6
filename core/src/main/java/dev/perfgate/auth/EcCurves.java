package dev.perfgate.auth;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;

/**
 * The two NIST curves JOSE signs with here (P-256, P-384), taken from the JDK, and the
 * on-curve check that keeps an invalid point out of the configuration.
 *
 * <p>Constants only; thread-safe.
 */
final class EcCurves {

    static final ECParameterSpec P256 = named("secp256r1");
    static final ECParameterSpec P384 = named("secp384r1");

    private EcCurves() {
    }

    private static ECParameterSpec named(String name) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(name));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks curve " + name, e);
        }
    }

    /** y² = x³ + ax + b (mod p), with both coordinates in [0, p). */
    static boolean onCurve(ECParameterSpec params, ECPoint point) {
        if (point == null || point.equals(ECPoint.POINT_INFINITY)) {
            return false;
        }
        BigInteger p = ((ECFieldFp) params.getCurve().getField()).getP();
        BigInteger x = point.getAffineX();
        BigInteger y = point.getAffineY();
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(p);
        BigInteger right = x.pow(3).add(params.getCurve().getA().multiply(x))
                .add(params.getCurve().getB()).mod(p);
        return left.equals(right);
    }
}

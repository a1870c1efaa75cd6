package dev.perfgate.auth;

import java.util.Set;

/**
 * One configured verification key: its {@code kid} (null when it has none), the algorithms it
 * allows (all of one family, decided by the key's type), and its verifier.
 *
 * <p>Immutable; thread-safe.
 */
record VerificationKey(String kid, Set<JwsAlgorithm> algorithms, SignatureVerifier verifier) {

    VerificationKey {
        algorithms = Set.copyOf(algorithms);
    }

    boolean allows(JwsAlgorithm algorithm) {
        return algorithms.contains(algorithm);
    }

    /** How configuration errors name this key. */
    static String describe(String kid) {
        return kid == null ? "key without kid" : "key '" + kid + "'";
    }
}

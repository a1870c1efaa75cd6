package dev.perfgate.auth;

/**
 * Verifies one key's signatures. The closed set of implementations mirrors the key families:
 * HMAC ({@link HmacVerifier}) and public-key signatures through JCA ({@link JcaVerifier}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
sealed interface SignatureVerifier permits HmacVerifier, JcaVerifier {

    /**
     * Whether {@code signature} is a valid signature by this key under {@code algorithm} over
     * {@code input[0, length)}. Never throws for any signature bytes.
     */
    boolean verify(JwsAlgorithm algorithm, byte[] input, int length, byte[] signature);
}

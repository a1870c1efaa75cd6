package dev.perfgate.peers.jwt;

/**
 * perfgate with its verified-token cache enabled, and a stream of distinct tokens to defeat it.
 * Kept apart from {@link JwtImpl} because no peer has a verified-token cache to race.
 *
 * <p>Stateless; thread-safe.
 */
public final class PerfgateCache {

    private PerfgateCache() {
    }

    public static JwtValidatorFacade create(TokenFixture fixture, int cacheSize) {
        return PerfgateAdapter.cached(fixture, cacheSize);
    }

    /** {@code count} valid small tokens that differ only in their {@code jti}. */
    public static String[] distinctTokens(String algorithm, int count) {
        long now = java.time.Instant.now().getEpochSecond();
        String[] tokens = new String[count];
        for (int i = 0; i < count; i++) {
            String claims = "{\"iss\":\"" + TokenFixture.ISSUER + "\",\"sub\":\"" + TokenFixture.SUBJECT
                    + "\",\"aud\":\"" + TokenFixture.AUDIENCE + "\",\"iat\":" + now + ",\"exp\":" + (now + 86_400)
                    + ",\"jti\":\"token-" + i + "\"}";
            tokens[i] = TokenFixture.create(algorithm, claims, "{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}").token();
        }
        return tokens;
    }
}

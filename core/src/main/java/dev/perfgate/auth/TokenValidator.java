package dev.perfgate.auth;

import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Validates JWT access tokens (compact JWS, RFC 7515/7519) strictly: signature with a configured
 * key whose type decides the algorithm family, then {@code exp}/{@code nbf}/{@code iat} within
 * the leeway, issuer, audience, required claims and the header's {@code typ}
 * ({@link Builder#expectedTypes}). Configured once through {@link #builder()}.
 *
 * <p>{@link #validate(String)} returns the verified {@link Claims} or throws
 * {@link TokenRejectedException} with a {@link RejectionReason}; for any input whatsoever no other
 * exception escapes, and every check runs in time linear in the (bounded) token length, but
 * for duplicate claim names, found in O(n log n) comparisons for n names even when the names
 * were chosen to collide.
 *
 * <p>Immutable and thread-safe; one instance serves every connection.
 */
public final class TokenValidator {

    /** Default clock-skew leeway. */
    public static final Duration DEFAULT_LEEWAY = Duration.ofSeconds(60);
    /** Default maximum token length in characters (8 KiB). */
    public static final int DEFAULT_MAX_TOKEN_LENGTH = 8 * 1024;

    private final JwsVerifier verifier;
    private final ClaimsPolicy policy;
    private final int maxTokenLength;
    private final VerifiedTokenCache cache;
    /** The common JOSE names plus the expected issuers and audiences, which nearly every token repeats. */
    private final StringTable knownStrings;
    /** Required claims beyond the registered ones, whose presence the claims reader records as it scans. */
    private final List<String> trackedClaims;

    private TokenValidator(Builder builder) {
        this.verifier = new JwsVerifier(builder.keys, builder.types);
        this.policy = new ClaimsPolicy(builder.issuers, builder.audiences, builder.requiredClaims,
                builder.leeway.toSeconds(), builder.clock);
        this.maxTokenLength = builder.maxTokenLength;
        this.cache = builder.cacheSize > 0 ? new VerifiedTokenCache(builder.cacheSize) : null;
        List<String> expected = new ArrayList<>(builder.issuers);
        expected.addAll(builder.audiences);
        this.knownStrings = StrictJson.withCommonNames(expected);
        this.trackedClaims = builder.requiredClaims.stream()
                .filter(name -> !ClaimsReader.REGISTERED.contains(name)).sorted().toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The verified claims of {@code token}.
     *
     * @throws TokenRejectedException (and nothing else) when the token is not acceptable
     */
    public Claims validate(String token) {
        try {
            return validateUnchecked(token);
        } catch (TokenRejectedException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Defence in depth: the checks above are meant to be total; if one is not, the caller
            // still sees a rejection, never a stray exception type.
            throw new TokenRejectedException(RejectionReason.MALFORMED, "unexpected " + e.getClass().getSimpleName());
        }
    }

    private Claims validateUnchecked(String token) {
        checkLength(token);
        long now = policy.nowSeconds();
        if (cache != null) {
            Claims cached = cache.get(token, now);
            if (cached != null) {
                policy.checkTimes(cached, now);
                return cached;
            }
        }
        Claims claims = ClaimsReader.read(verifier.verify(token), knownStrings, trackedClaims);
        policy.checkTimes(claims, now);
        policy.checkIdentity(claims);
        if (cache != null) {
            cache.put(token, claims, now);
        }
        return claims;
    }

    /**
     * Verifies only the signature of a compact JWS whose payload need not be a JWT claim set
     * (RFC 7520 §4.4 signs plain text) and returns the payload bytes; no claim checks, no cache.
     *
     * @throws TokenRejectedException (and nothing else) when the JWS does not verify
     */
    public byte[] verifySignature(String jws) {
        try {
            checkLength(jws);
            return verifier.verify(jws);
        } catch (TokenRejectedException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new TokenRejectedException(RejectionReason.MALFORMED, "unexpected " + e.getClass().getSimpleName());
        }
    }

    /** How many verified tokens the cache holds (0 without a cache); for tests and metrics. */
    int cachedTokens() {
        return cache == null ? 0 : cache.size();
    }

    private void checkLength(String token) {
        if (token == null) {
            throw JwsVerifier.reject(RejectionReason.MALFORMED, "token is null");
        }
        if (token.length() > maxTokenLength) {
            throw JwsVerifier.reject(RejectionReason.TOO_LARGE,
                    "token of " + token.length() + " characters exceeds " + maxTokenLength);
        }
    }

    /**
     * Whether a token must carry a {@code typ} header, for {@link Builder#expectedTypes}.
     * Immutable; thread-safe.
     */
    public enum TypePresence {
        /** A token without {@code typ} is refused as {@link RejectionReason#WRONG_TYPE}. */
        REQUIRED,
        /** A token without {@code typ} passes; one with a {@code typ} must carry an expected type. */
        OPTIONAL
    }

    /**
     * Configures a {@link TokenValidator}; every key and setting is checked when added or at
     * {@link #build()}, with a message naming the key and the problem. Not thread-safe; use from
     * one thread, then share the built validator.
     */
    public static final class Builder {
        private final List<VerificationKey> keys = new ArrayList<>();
        private final Set<String> issuers = new LinkedHashSet<>();
        private final Set<String> audiences = new LinkedHashSet<>();
        private Set<String> requiredClaims = Set.of("exp");
        private Duration leeway = DEFAULT_LEEWAY;
        private Clock clock = Clock.systemUTC();
        private int maxTokenLength = DEFAULT_MAX_TOKEN_LENGTH;
        private int cacheSize;
        private ExpectedTypes types = ExpectedTypes.DEFAULT;

        private Builder() {
        }

        /** Adds every signature key of a JWK Set document (RFC 7517). */
        public Builder jwkSet(String jwkSetJson) {
            keys.addAll(JwkSetParser.parse(Objects.requireNonNull(jwkSetJson, "jwkSetJson")));
            return this;
        }

        /**
         * Adds a Java key: a {@link javax.crypto.SecretKey} (HMAC), an RSA, EC (P-256/P-384) or
         * Ed25519 public key. {@code algorithms} restricts what it may verify; none given means
         * every algorithm of the key's family that the key is strong enough for.
         */
        public Builder key(String kid, Key key, JwsAlgorithm... algorithms) {
            keys.add(VerificationKeys.of(kid, key, requested(algorithms)));
            return this;
        }

        /** Adds an HMAC secret (at least 256 bits). */
        public Builder hmacSecret(String kid, byte[] secret, JwsAlgorithm... algorithms) {
            keys.add(VerificationKeys.hmac(kid, Objects.requireNonNull(secret, "secret"), requested(algorithms)));
            return this;
        }

        /** Accepts tokens whose {@code iss} is one of these; none configured means not checked. */
        public Builder issuers(String... expected) {
            issuers.addAll(List.of(expected));
            return this;
        }

        /** Accepts tokens whose {@code aud} names one of these; none configured means not checked. */
        public Builder audiences(String... expected) {
            audiences.addAll(List.of(expected));
            return this;
        }

        /** The claims every token must carry; default {@code exp} only. Replaces the set. */
        public Builder requiredClaims(String... names) {
            requiredClaims = Set.of(names);
            return this;
        }

        /**
         * The {@code typ} header values to accept (RFC 7515 §4.1.9), replacing the default:
         * compared without regard to ASCII case, with "application/" implied where the value
         * holds no '/' (so {@code at+jwt} matches {@code application/AT+JWT}). A {@code typ}
         * that is not a string is always {@link RejectionReason#MALFORMED}.
         *
         * <p>The default is {@code OPTIONAL, "JWT", "at+jwt"}: tokens typed as some other kind
         * of JWT (a security event, a logout token, a DPoP proof...) are refused, while issuers
         * that set {@code JWT} or no {@code typ} at all, still the common case, keep working.
         * Where the issuer types its access tokens per RFC 9068 §4, set
         * {@code expectedTypes(TypePresence.REQUIRED, "at+jwt")}: then no other kind of JWT it
         * signs can pass as an access token (RFC 8725 §3.11).
         *
         * @throws IllegalArgumentException naming the value when none is given or one is not
         *     non-empty printable ASCII without spaces
         */
        public Builder expectedTypes(TypePresence presence, String... types) {
            this.types = ExpectedTypes.of(presence, types);
            return this;
        }

        public Builder leeway(Duration leeway) {
            if (leeway.isNegative() || leeway.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("leeway must be between 0 and 1 hour, was " + leeway);
            }
            this.leeway = leeway;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder maxTokenLength(int characters) {
            if (characters < 16) {
                throw new IllegalArgumentException("maxTokenLength must be at least 16, was " + characters);
            }
            this.maxTokenLength = characters;
            return this;
        }

        /** Enables the verified-token cache with at most {@code maxEntries} tokens; 0 disables it. */
        public Builder cache(int maxEntries) {
            if (maxEntries < 0) {
                throw new IllegalArgumentException("cache size must be >= 0, was " + maxEntries);
            }
            this.cacheSize = maxEntries;
            return this;
        }

        /** @throws IllegalArgumentException when no key is configured or a kid is used twice */
        public TokenValidator build() {
            return new TokenValidator(this);
        }

        private static Set<JwsAlgorithm> requested(JwsAlgorithm... algorithms) {
            EnumSet<JwsAlgorithm> set = EnumSet.noneOf(JwsAlgorithm.class);
            for (JwsAlgorithm algorithm : algorithms) {
                set.add(Objects.requireNonNull(algorithm, "algorithm"));
            }
            return set;
        }
    }
}

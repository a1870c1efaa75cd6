package dev.perfgate.auth;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verified claims of one token. Only {@link TokenValidator} creates them, after the
 * signature, the times, the issuer and the audience have been checked, so everything here is
 * authenticated. The registered claims were type-checked during validation, so their accessors
 * never throw.
 *
 * <p>Immutable; thread-safe (a cached instance is shared by every thread that presents the
 * same token).
 */
public final class Claims {

    /** Marks an absent NumericDate. */
    static final long ABSENT = Long.MIN_VALUE;

    private final Map<String, Object> members;
    private final List<String> audience;
    private final long expiresAt;
    private final long notBefore;
    private final long issuedAt;

    Claims(Map<String, Object> members, List<String> audience,
           long expiresAt, long notBefore, long issuedAt) {
        this.members = members;
        this.audience = audience;
        this.expiresAt = expiresAt;
        this.notBefore = notBefore;
        this.issuedAt = issuedAt;
    }

    public Optional<String> subject() {
        return Optional.ofNullable((String) members.get("sub"));
    }

    public Optional<String> issuer() {
        return Optional.ofNullable((String) members.get("iss"));
    }

    /** {@code aud} as a list whether the token carried a string or an array; empty if absent. */
    public List<String> audience() {
        return audience;
    }

    public Optional<Instant> expiresAt() {
        return instant(expiresAt);
    }

    public Optional<Instant> notBefore() {
        return instant(notBefore);
    }

    public Optional<Instant> issuedAt() {
        return instant(issuedAt);
    }

    public Optional<String> jwtId() {
        return Optional.ofNullable((String) members.get("jti"));
    }

    /** The space-separated OAuth {@code scope} claim (RFC 8693 §4.2) split into its values. */
    public List<String> scopes() {
        String scope = (String) members.get("scope");
        return scope == null || scope.isBlank()
                ? List.of()
                : Arrays.stream(scope.trim().split(" +")).toList();
    }

    /** The {@code roles} claim (an array of strings, RFC 9068 §7.2.1.1); empty if absent. */
    @SuppressWarnings("unchecked")
    public List<String> roles() {
        Object roles = members.get("roles");
        return roles == null ? List.of() : (List<String>) roles;
    }

    /** Whether the claim set has a member of that name (even with a JSON null value). */
    public boolean has(String name) {
        return members.containsKey(name);
    }

    /**
     * A claim as the Java type its JSON maps to: {@link String}, {@link Long} (integers),
     * {@link Double}, {@link Boolean}, {@code List<Object>}, {@code Map<String, Object>}.
     * Empty when absent or JSON null.
     *
     * @throws IllegalArgumentException naming the claim when it holds a different type
     */
    public <T> Optional<T> get(String name, Class<T> type) {
        Object value = members.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("claim '" + name + "' is a "
                    + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return Optional.of(type.cast(value));
    }

    /** Every claim, unmodifiable, with the value types of {@link #get}. */
    public Map<String, Object> asMap() {
        return members;
    }

    long expiresAtSeconds() {
        return expiresAt;
    }

    long notBeforeSeconds() {
        return notBefore;
    }

    long issuedAtSeconds() {
        return issuedAt;
    }

    private static Optional<Instant> instant(long epochSeconds) {
        return epochSeconds == ABSENT ? Optional.empty() : Optional.of(Instant.ofEpochSecond(epochSeconds));
    }

    @Override
    public String toString() {
        return "Claims" + members;
    }
}

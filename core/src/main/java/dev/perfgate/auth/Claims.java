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
 * <p>Validation reads only the registered claims; the rest of the (already checked) claim set is
 * built into a map on the first call that needs it ({@link #asMap}, {@link #get}, {@link #has} of
 * a name that is neither registered nor a required claim of the validator), so a rich token
 * costs nothing for claims nobody reads.
 *
 * <p>Immutable in what it returns; thread-safe (a cached instance is shared by every thread that
 * presents the same token).
 */
public final class Claims {

    /** Marks an absent NumericDate. */
    static final long ABSENT = Long.MIN_VALUE;

    /** The verified claim set, already checked strictly: the source of everything not read yet. */
    private final byte[] json;
    /** Bit {@code i} set when the claim {@code ClaimsReader.REGISTERED.get(i)} is present. */
    private final int present;
    private final String issuer;
    private final String subject;
    private final String jwtId;
    private final String scope;
    private final List<String> audience;
    private final long expiresAt;
    private final long notBefore;
    private final long issuedAt;
    private final int rolesFrom;
    private final int rolesTo;
    /** Names besides the registered ones whose presence the read recorded, in bits of trackedPresent. */
    private final List<String> tracked;
    private final long trackedPresent;
    /** Built on first use; a race builds equal immutable values twice, and either may win. */
    private volatile Map<String, Object> members;
    private volatile List<String> roles;

    Claims(byte[] json, ClaimsReader read, List<String> tracked) {
        this.json = json;
        this.present = read.present;
        this.issuer = read.strings[ClaimsReader.ISS];
        this.subject = read.strings[ClaimsReader.SUB];
        this.jwtId = read.strings[ClaimsReader.JTI];
        this.scope = read.strings[ClaimsReader.SCOPE];
        this.audience = read.audience;
        this.expiresAt = read.expiresAt;
        this.notBefore = read.notBefore;
        this.issuedAt = read.issuedAt;
        this.rolesFrom = read.rolesFrom;
        this.rolesTo = read.rolesTo;
        this.tracked = tracked;
        this.trackedPresent = read.trackedPresent;
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
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
        return Optional.ofNullable(jwtId);
    }

    /** The space-separated OAuth {@code scope} claim (RFC 8693 §4.2) split into its values. */
    public List<String> scopes() {
        return scope == null || scope.isBlank()
                ? List.of()
                : Arrays.stream(scope.trim().split(" +")).toList();
    }

    /** The {@code roles} claim (an array of strings, RFC 9068 §7.2.1.1); empty if absent. */
    @SuppressWarnings("unchecked")
    public List<String> roles() {
        List<String> read = roles;
        if (read == null) {
            read = rolesFrom < 0 ? List.of() : (List<String>) reread(() -> StrictJson.valueAt(json, rolesFrom, rolesTo, StrictJson.COMMON));
            roles = read;
        }
        return read;
    }

    /** Whether the claim set has a member of that name (even with a JSON null value). */
    public boolean has(String name) {
        int index = ClaimsReader.REGISTERED.indexOf(name);
        if (index >= 0) {
            return (present & 1 << index) != 0;
        }
        int trackedIndex = tracked.indexOf(name);
        if (trackedIndex >= 0 && trackedIndex < ClaimsReader.MAX_TRACKED) {
            return (trackedPresent & 1L << trackedIndex) != 0;
        }
        return asMap().containsKey(name);
    }

    /**
     * A claim as the Java type its JSON maps to: {@link String}, {@link Long} (integers),
     * {@link Double}, {@link Boolean}, {@code List<Object>}, {@code Map<String, Object>}.
     * Empty when absent or JSON null.
     *
     * @throws IllegalArgumentException naming the claim when it holds a different type
     */
    public <T> Optional<T> get(String name, Class<T> type) {
        Object value = asMap().get(name);
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
        Map<String, Object> read = members;
        if (read == null) {
            read = reread(() -> StrictJson.parseObject(json));
            members = read;
        }
        return read;
    }

    /** Whether the full map has been built: for tests that prove validation did not need it. */
    boolean built() {
        return members != null;
    }

    String issuerOrNull() {
        return issuer;
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

    /** Reads part of the claim set again: it passed the same rules when the token was validated. */
    private static <T> T reread(JsonRead<T> read) {
        try {
            return read.read();
        } catch (StrictJson.JsonException e) {
            throw new IllegalStateException("a validated claim set no longer reads: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface JsonRead<T> {
        T read() throws StrictJson.JsonException;
    }

    /** Never throws: the reader refused every NumericDate outside {@link Instant}'s range. */
    private static Optional<Instant> instant(long epochSeconds) {
        return epochSeconds == ABSENT ? Optional.empty() : Optional.of(Instant.ofEpochSecond(epochSeconds));
    }

    @Override
    public String toString() {
        return "Claims" + asMap();
    }
}

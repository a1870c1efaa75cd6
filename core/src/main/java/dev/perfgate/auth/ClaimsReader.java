package dev.perfgate.auth;

import dev.perfgate.auth.JsonScanner.Kind;
import dev.perfgate.auth.StrictJson.JsonException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Reads a verified JWT payload into {@link Claims}: one strict {@link JsonScanner} pass checks the
 * whole claim set and type-checks the registered claims (RFC 7519 §4.1) as it meets them:
 * {@code iss}, {@code sub}, {@code jti}, {@code scope} strings; {@code aud} a string or an array
 * of strings; {@code exp}, {@code nbf}, {@code iat} JSON numbers within {@link Instant}'s range; {@code roles} an array of
 * strings. A wrong type (JSON null included) is {@link RejectionReason#MALFORMED}, never a
 * silently absent claim. Every other member is left as checked JSON for {@link Claims} to build
 * when asked.
 *
 * <p>An instance reads one payload; {@link #read} is the thread-safe entry point.
 */
final class ClaimsReader implements JsonScanner.Members {

    static final int ISS = 0;
    static final int SUB = 1;
    static final int AUD = 2;
    static final int EXP = 3;
    static final int NBF = 4;
    static final int IAT = 5;
    static final int JTI = 6;
    static final int SCOPE = 7;
    static final int ROLES = 8;
    /** The registered claims by index: the names {@link Claims} answers without building its map. */
    static final List<String> REGISTERED = List.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti", "scope", "roles");

    private static final int KEY_ISS = 'i' << 16 | 's' << 8 | 's';
    private static final int KEY_SUB = 's' << 16 | 'u' << 8 | 'b';
    private static final int KEY_AUD = 'a' << 16 | 'u' << 8 | 'd';
    private static final int KEY_EXP = 'e' << 16 | 'x' << 8 | 'p';
    private static final int KEY_NBF = 'n' << 16 | 'b' << 8 | 'f';
    private static final int KEY_IAT = 'i' << 16 | 'a' << 8 | 't';
    private static final int KEY_JTI = 'j' << 16 | 't' << 8 | 'i';

    /** The earliest and latest NumericDate accepted, in epoch seconds: {@link Instant}'s range. */
    static final long MIN_NUMERIC_DATE = Instant.MIN.getEpochSecond();
    static final long MAX_NUMERIC_DATE = Instant.MAX.getEpochSecond();

    /** The most names besides the registered ones whose presence a read records (bits of a long). */
    static final int MAX_TRACKED = 64;

    private final StringTable known;
    private final List<String> tracked;
    int present;
    long trackedPresent;
    final String[] strings = new String[REGISTERED.size()];
    List<String> audience = List.of();
    long expiresAt = Claims.ABSENT;
    long notBefore = Claims.ABSENT;
    long issuedAt = Claims.ABSENT;
    int rolesFrom = -1;
    int rolesTo = -1;

    private ClaimsReader(StringTable known, List<String> tracked) {
        this.known = known;
        this.tracked = tracked;
    }

    static Claims read(byte[] payload) {
        return read(payload, StrictJson.COMMON, List.of());
    }

    /**
     * Reads {@code payload}, which the claims then keep (the caller hands it over and must not
     * change it), sharing the members of {@code known} instead of copying them, and recording
     * whether each of the first {@link #MAX_TRACKED} {@code tracked} names (a validator's
     * required claims beyond the registered ones) is present, so checking them builds nothing.
     */
    static Claims read(byte[] payload, StringTable known, List<String> tracked) {
        ClaimsReader reader = new ClaimsReader(known, tracked);
        try {
            JsonScanner.scan(payload, payload.length, reader);
        } catch (JsonException e) {
            throw JwsVerifier.reject(RejectionReason.MALFORMED, "claim set is not strict JSON: " + e.getMessage());
        }
        return new Claims(payload, reader, tracked);
    }

    @Override
    public void member(byte[] in, int nameFrom, int nameTo, String decodedName,
                       Kind kind, int valueFrom, int valueTo, boolean plain) throws JsonException {
        int index = decodedName == null ? registered(in, nameFrom, nameTo) : REGISTERED.indexOf(decodedName);
        if (index < 0) {
            if (!tracked.isEmpty()) {
                trackedPresent |= trackedBit(in, nameFrom, nameTo, decodedName);
            }
            return;
        }
        present |= 1 << index;
        switch (index) {
            case AUD -> audience = audience(in, kind, valueFrom, valueTo, plain);
            case EXP -> expiresAt = numericDate(in, "exp", kind, valueFrom, valueTo, plain);
            case NBF -> notBefore = numericDate(in, "nbf", kind, valueFrom, valueTo, plain);
            case IAT -> issuedAt = numericDate(in, "iat", kind, valueFrom, valueTo, plain);
            case ROLES -> {
                if (kind != Kind.ARRAY || !plain) {
                    throw malformed("\"roles\" is not an array of strings");
                }
                rolesFrom = valueFrom;
                rolesTo = valueTo;
            }
            default -> {
                if (kind != Kind.STRING) {
                    throw malformed("\"" + REGISTERED.get(index) + "\" is not a string");
                }
                strings[index] = string(in, valueFrom, valueTo, plain);
            }
        }
    }

    /** The index of a plain name in {@link #REGISTERED}, or -1; no String is made. */
    private static int registered(byte[] in, int from, int to) {
        int length = to - from;
        if (length == 3) {
            return switch (in[from] << 16 | in[from + 1] << 8 | in[from + 2]) {
                case KEY_ISS -> ISS;
                case KEY_SUB -> SUB;
                case KEY_AUD -> AUD;
                case KEY_EXP -> EXP;
                case KEY_NBF -> NBF;
                case KEY_IAT -> IAT;
                case KEY_JTI -> JTI;
                default -> -1;
            };
        }
        if (length == 5) {
            if (spells(in, from, "scope")) {
                return SCOPE;
            }
            if (spells(in, from, "roles")) {
                return ROLES;
            }
        }
        return -1;
    }

    private long trackedBit(byte[] in, int from, int to, String decodedName) {
        for (int i = 0; i < Math.min(MAX_TRACKED, tracked.size()); i++) {
            String name = tracked.get(i);
            if (decodedName != null ? name.equals(decodedName) : name.length() == to - from && spells(in, from, name)) {
                return 1L << i;
            }
        }
        return 0;
    }

    private static boolean spells(byte[] in, int from, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (in[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String string(byte[] in, int from, int to, boolean plain) throws JsonException {
        if (!plain) {
            return StrictJson.stringAt(in, from, to);
        }
        String shared = known.find(in, from + 1, to - 1);
        return shared != null ? shared : new String(in, from + 1, to - from - 2, StandardCharsets.ISO_8859_1);
    }

    @SuppressWarnings("unchecked")
    private List<String> audience(byte[] in, Kind kind, int from, int to, boolean plain) throws JsonException {
        if (kind == Kind.STRING) {
            return List.of(string(in, from, to, plain));
        }
        if (kind == Kind.ARRAY && plain) {
            return (List<String>) StrictJson.valueAt(in, from, to, known);
        }
        throw malformed("\"aud\" is neither a string nor an array of strings");
    }

    /**
     * RFC 7519 §2 NumericDate: seconds, possibly fractional (floored), within what {@link Instant}
     * holds (years -1,000,000,000 to 1,000,000,000), so {@link Claims}' accessors never throw.
     * A date beyond that ({@code 1e400}, which a double reads as infinity, and any integer past
     * about 3.16e16) is malformed, never clamped: clamping made such a token never expire.
     * Non-integers and integers of over 18 digits are read as doubles, so the bound is checked
     * on the double's floor.
     */
    private static long numericDate(byte[] in, String name, Kind kind, int from, int to, boolean plain) {
        if (kind != Kind.NUMBER) {
            throw malformed("\"" + name + "\" is not a JSON number");
        }
        long seconds;
        if (plain) {
            boolean negative = in[from] == '-';
            long value = 0;
            for (int i = negative ? from + 1 : from; i < to; i++) {
                value = value * 10 + (in[i] - '0');
            }
            seconds = negative ? -value : value;
        } else {
            // Infinity and anything past a long saturate to Long.MIN/MAX_VALUE, far outside the range.
            seconds = (long) Math.floor(Double.parseDouble(new String(in, from, to - from, StandardCharsets.ISO_8859_1)));
        }
        // The range also keeps every date clear of Claims.ABSENT (Long.MIN_VALUE).
        if (seconds < MIN_NUMERIC_DATE || seconds > MAX_NUMERIC_DATE) {
            throw malformed("\"" + name + "\" lies outside the NumericDate range (that of java.time.Instant)");
        }
        return seconds;
    }

    private static TokenRejectedException malformed(String detail) {
        return JwsVerifier.reject(RejectionReason.MALFORMED, detail);
    }
}

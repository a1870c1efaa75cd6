package dev.perfgate.tracker.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the durations people type: {@code 90s}, {@code 10m}, {@code 1h}, {@code 1500ms}. Stateless, thread-safe. */
final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private Durations() {}

    /** Throws {@link IllegalArgumentException} naming {@code option} and the value when it is not a positive duration. */
    static Duration parse(String option, String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException(option + " \"" + text + "\" is not a positive duration (e.g. 90s, 10m, 1h)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}

package dev.perfgate.tracker.report;

import dev.perfgate.tracker.model.BenchmarkKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Names a benchmark's chart file: readable ({@code trend-AuthBenchmark.validate-impl-nimbus-…}),
 * safe on every file system and in a URL, and unique per key because params can differ only in
 * characters the slug drops. Stateless and thread-safe.
 */
final class ChartFileName {

    private static final int MAX_SLUG = 80;

    private ChartFileName() {}

    static String of(String kind, BenchmarkKey key) {
        String slug = key.display().replaceAll("[^A-Za-z0-9._]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
        }
        return kind + "-" + slug + "-" + digest(key.toString()) + ".png";
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

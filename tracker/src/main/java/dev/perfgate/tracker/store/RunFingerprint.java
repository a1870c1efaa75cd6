package dev.perfgate.tracker.store;

import dev.perfgate.tracker.model.BenchmarkResult;
import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Iteration;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.model.SecondaryMetric;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What a stored run is, apart from the id its database gave it: a SHA-256 over its time (to the
 * microsecond both databases keep), provenance, environment and every result, iteration score and
 * histogram byte. Two databases hold the same run exactly when they hold runs of equal
 * fingerprints, which is how {@link HistoryCopy} knows what is already there and proves what it
 * copied. Immutable.
 *
 * @param hex the digest in hexadecimal
 */
public record RunFingerprint(String hex) {

    /** The fingerprint of a run as loaded from a store (its histograms' stored bytes included). */
    public static RunFingerprint of(Run run) {
        Digest digest = new Digest();
        RunInfo info = run.info();
        digest.add(info.time().getEpochSecond()).add(info.time().getNano() / 1000);
        digest.add(info.commit()).add(info.branch()).add(info.label());
        Environment env = info.environment();
        if (env != null) {
            digest.add(env.jvmName()).add(env.jvmVersion()).add(env.jdkVersion()).add(String.join("\u0000", env.jvmArgs()))
                    .add(env.jmhVersion()).add(env.osName()).add(env.osArch()).add(env.cpuModel()).add(env.cores())
                    .add(env.memoryBytes());
        }
        for (BenchmarkResult result : run.results()) {
            digest.add(result.key().benchmark()).add(result.key().mode().jmhName()).add(result.key().threads());
            result.key().params().forEach((name, value) -> digest.add(name).add(value));
            digest.add(result.unit()).add(result.jmh().score()).add(result.jmh().scoreError());
            for (Map.Entry<Double, Double> p : result.jmh().percentiles().entrySet()) {
                digest.add(p.getKey()).add(p.getValue());
            }
            for (Iteration it : result.iterations()) {
                digest.add(it.fork()).add(it.iteration()).add(it.score());
                digest.add(it.hasLatencies() ? it.samples().compressed() : null);
            }
            for (SecondaryMetric m : result.secondary().values()) {
                digest.add(m.name()).add(m.score()).add(m.scoreError()).add(m.unit());
            }
        }
        return new RunFingerprint(HexFormat.of().formatHex(digest.sha.digest()));
    }

    /** Feeds values with lengths and markers, so that no two different runs give the same stream of bytes. */
    private static final class Digest {
        private final MessageDigest sha;
        private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES);

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        Digest add(long value) {
            sha.update(number.clear().putLong(value).array());
            return this;
        }

        Digest add(double value) {
            return add(Double.doubleToLongBits(value)); // canonical NaN
        }

        Digest add(String value) {
            return add(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        Digest add(byte[] bytes) {
            if (bytes == null) {
                return add(-1L);
            }
            add((long) bytes.length);
            sha.update(bytes);
            return this;
        }
    }
}

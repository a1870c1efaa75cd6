package dev.perfgate.tracker.baseline;

import dev.perfgate.tracker.model.Environment;
import dev.perfgate.tracker.model.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Chooses the baseline a run can honestly be compared with: the committed one when it was measured
 * in the run's environment and on its profile; otherwise this environment's own local baseline (under {@code
 * .perfgate/baselines/}, never committed), and when there is none yet, this run becomes it. A run
 * from a laptop is then never judged against numbers from a CI runner (a screen of verdicts that
 * say only "another machine"), and the second run on that laptop has a real comparison. Local
 * baselines are kept per environment fingerprint and per label (the profile), so a smoke run never
 * becomes the quick profile's baseline. Stateless apart from the files; not safe for two runs
 * choosing at once in one directory (the second one's first run would win).
 */
public final class EnvironmentBaselines {

    /** What the run is compared with. */
    public sealed interface Choice {
        /**
         * The committed baseline's environment when it is not this one's (with its profile when only
         * the profile differs); null when it is this run's, or when there is none.
         */
        String committedFingerprint();

        /** The committed baseline, measured in this environment (or with nothing known against it). */
        record Committed(BaselineFiles files, Run baseline) implements Choice {
            @Override
            public String committedFingerprint() {
                return null;
            }
        }

        /** This environment's local baseline, because the committed one is another environment's or absent. */
        record Local(BaselineFiles files, Run baseline, String committedFingerprint) implements Choice {}

        /** No baseline of this environment existed: the run was saved as its local baseline, compared with nothing. */
        record Recorded(BaselineFiles files, String committedFingerprint) implements Choice {}
    }

    private final BaselineFiles committed;
    private final Path localRoot;
    private final BaselineReader reader = new BaselineReader();

    /** {@code committed} may not exist; {@code localRoot} is created when a local baseline is first written. */
    public EnvironmentBaselines(BaselineFiles committed, Path localRoot) {
        this.committed = Objects.requireNonNull(committed, "committed");
        this.localRoot = Objects.requireNonNull(localRoot, "localRoot");
    }

    public Choice choose(Run run) throws IOException {
        String committedFingerprint = null;
        if (Files.isRegularFile(committed.manifest())) {
            Run baseline = reader.read(committed);
            Environment theirs = baseline.info().environment();
            boolean sameEnvironment = !Environment.differ(theirs, run.info().environment());
            if (sameEnvironment && sameProfile(baseline, run)) {
                return new Choice.Committed(committed, baseline);
            }
            // a full run against a quick baseline would judge warmup and forks, not code: the
            // profile is part of what makes two runs comparable, as the machine is
            committedFingerprint = sameEnvironment ? theirs.fingerprint() + ", " + baseline.info().label() + " profile"
                    : theirs.fingerprint();
        }
        BaselineFiles local = localFor(run);
        if (Files.isRegularFile(local.manifest())) {
            return new Choice.Local(local, reader.read(local), committedFingerprint);
        }
        new BaselineWriter().write(run, local);
        return new Choice.Recorded(local, committedFingerprint);
    }

    /** Labels compare ignoring case; a run or baseline with none (written by hand or by an old tracker) matches any. */
    private static boolean sameProfile(Run baseline, Run run) {
        String theirs = baseline.info().label();
        String ours = run.info().label();
        return theirs == null || ours == null || theirs.equalsIgnoreCase(ours);
    }

    /** The local baseline directory of the run's label and environment. */
    public BaselineFiles localFor(Run run) {
        String label = run.info().label() == null ? "run" : run.info().label().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-").replaceAll("^\\.+", "");
        label = label.isEmpty() ? "run" : label;
        Environment environment = run.info().environment();
        String fingerprint = environment == null ? "unknown" : environment.fingerprint();
        return BaselineFiles.of(localRoot, label + "-" + shortHash(fingerprint));
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

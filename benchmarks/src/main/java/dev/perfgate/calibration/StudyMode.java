package dev.perfgate.calibration;

import dev.perfgate.tracker.ab.AbMode;
import java.util.Optional;

/**
 * How a study cell measures the two builds: the two pairings of {@code tracker ab}, or the main
 * job's baseline mode (the base build measured first, as a baseline is, then the head build, then
 * {@code compare}'s rule), so that one table shows what pairing buys on the same load.
 */
enum StudyMode {
    INTERLEAVED(AbMode.INTERLEAVED),
    DUET(AbMode.DUET),
    BASELINE(null);

    private final AbMode abMode;

    StudyMode(AbMode abMode) {
        this.abMode = abMode;
    }

    /** The A/B pairing, or empty for baseline mode. */
    Optional<AbMode> abMode() {
        return Optional.ofNullable(abMode);
    }
}

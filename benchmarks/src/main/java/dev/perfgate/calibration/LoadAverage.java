package dev.perfgate.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's 1-minute load average, which every study prints beside its figures so a reader
 * can tell a quiet run from a loaded one. Linux only ({@code /proc/loadavg}); stateless,
 * thread-safe.
 */
final class LoadAverage {

    private LoadAverage() {}

    /** The 1-minute load average, or NaN where {@code /proc/loadavg} cannot be read. */
    static double oneMinute() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}

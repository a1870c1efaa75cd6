package dev.perfgate.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the main job does with a finished run: record it in the history database, compare it
 * with the committed baselines, write the chart report. Each step that the tracker cannot do
 * yet is named as skipped, never silently left out.
 */
final class TrackingSteps {

    private final PrintStream out;

    TrackingSteps(PrintStream out) {
        this.out = out;
    }

    Summary after(Path json, LaunchOptions options) {
        List<String> skipped = new ArrayList<>();
        if (options.noTrack) {
            skipped.add("tracking (--no-track)");
            return new Summary(null, null, skipped, 0);
        }
        skipped.add("recording in the history database (tracker ingest not built yet)");
        skipped.add("comparison with " + options.baselines + " (tracker compare not built yet)");
        skipped.add("chart report (tracker report not built yet)");
        return new Summary(null, null, skipped, 0);
    }
}

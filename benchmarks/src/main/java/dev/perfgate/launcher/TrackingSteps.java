package dev.perfgate.launcher;

import dev.perfgate.tracker.baseline.BaselineFiles;
import dev.perfgate.tracker.baseline.EnvironmentBaselines;
import dev.perfgate.tracker.compare.CompareSettings;
import dev.perfgate.tracker.compare.Comparer;
import dev.perfgate.tracker.compare.Comparison;
import dev.perfgate.tracker.compare.OutputFormat;
import dev.perfgate.tracker.compare.Thresholds;
import dev.perfgate.tracker.compare.Verdict;
import dev.perfgate.tracker.model.Run;
import dev.perfgate.tracker.model.RunInfo;
import dev.perfgate.tracker.report.ComparisonReport;
import dev.perfgate.tracker.report.WrittenReport;
import dev.perfgate.tracker.store.DatabaseLocation;
import dev.perfgate.tracker.store.HistoryStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * What the main job does with a finished run, through the tracker library: record it in the
 * history database, compare it with the committed baseline, print the verdicts, write the chart
 * report. A step that cannot run (no baseline yet, tracking turned off) is named as skipped,
 * never silently left out. Not thread-safe; one per launch.
 */
final class TrackingSteps {

    /** The gate's default practical threshold, as {@code tracker compare} has it. */
    private static final double THRESHOLD = 0.05;

    private final PrintStream out;

    TrackingSteps(PrintStream out) {
        this.out = out;
    }

    Summary after(Run measured, LaunchOptions options, GitRevision revision) throws IOException {
        List<String> skipped = new ArrayList<>();
        if (options.noTrack) {
            skipped.add("tracking (--no-track)");
            return new Summary(null, null, skipped, 0);
        }
        Run run = labelled(measured, options.profile, revision);
        String url = DatabaseLocation.resolve(options.db);
        try (HistoryStore store = HistoryStore.open(url)) {
            long id = store.save(run);
            run = new Run(run.info().withId(id), run.results());
            out.printf("perfgate: recorded as run %d in %s%n", id, url);
        }

        BaselineFiles committed = BaselineFiles.resolve(options.baselines, run.info().label());
        EnvironmentBaselines.Choice choice = new EnvironmentBaselines(committed, options.localBaselines).choose(run);
        String here = (run.info().environment() == null ? "unknown" : run.info().environment().fingerprint()) + ", "
                + run.info().label() + " profile";
        String committedSays = choice.committedFingerprint() == null ? "there is no baseline at " + committed.directory()
                : committed.directory() + " was measured on " + choice.committedFingerprint();
        if (choice instanceof EnvironmentBaselines.Choice.Recorded recorded) {
            out.printf("perfgate: no baseline for this environment and profile (%s; %s): this run is now its local baseline, %s;"
                    + " the next run here is compared with it%n", here, committedSays, recorded.files().directory());
            skipped.add("comparison and report: first run in this environment and profile, recorded as its local baseline "
                    + recorded.files().directory());
            return new Summary(url, null, skipped, 0);
        }
        Run baselineRun;
        if (choice instanceof EnvironmentBaselines.Choice.Local local) {
            out.printf("perfgate: %s, not this run's (%s): compared with its local baseline %s of %s%n",
                    committedSays, here, local.files().directory(), local.baseline().info().time());
            baselineRun = local.baseline();
        } else {
            baselineRun = ((EnvironmentBaselines.Choice.Committed) choice).baseline();
        }
        CompareSettings settings = new CompareSettings(Thresholds.forBaseline(committed.directory(), THRESHOLD),
                CompareSettings.DEFAULT_CONFIDENCE, CompareSettings.DEFAULT_RESAMPLES, CompareSettings.DEFAULT_SEED,
                List.of());
        Comparison comparison = new Comparer(settings).compare(baselineRun, run);
        out.println();
        out.print(OutputFormat.TEXT.render(comparison));

        PrintWriter log = new PrintWriter(out, true);
        WrittenReport report = ComparisonReport.write(comparison, options.reportDir, url, log);
        log.flush();
        return new Summary(url, report.html(), skipped, comparison.has(Verdict.REGRESSION) ? 1 : 0);
    }

    private static Run labelled(Run run, Profile profile, GitRevision revision) {
        RunInfo info = run.info();
        return new Run(new RunInfo(info.id(), info.time(), revision.commit(), revision.branch(),
                profile.name().toLowerCase(java.util.Locale.ROOT), info.environment()), run.results());
    }
}

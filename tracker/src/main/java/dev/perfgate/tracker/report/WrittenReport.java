package dev.perfgate.tracker.report;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a report was written: its directory, the two documents and the chart files in the order
 * they appear. Immutable.
 */
public record WrittenReport(Path directory, Path markdown, Path html, List<Path> charts) {

    public WrittenReport {
        charts = List.copyOf(charts);
    }
}

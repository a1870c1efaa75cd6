package dev.perfgate.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** The closing lines of a main-job run: where everything landed, what was skipped, the exit code. */
record Summary(String database, Path report, List<String> skipped, int exitCode) {

    Summary {
        skipped = List.copyOf(skipped);
    }

    void print(PrintStream out, Path json) {
        out.println();
        out.println("perfgate summary");
        out.println("  JMH result: " + json.toAbsolutePath());
        if (database != null) {
            out.println("  database:   " + database);
        }
        if (report != null) {
            out.println("  report:     " + report.toAbsolutePath());
        }
        for (String step : skipped) {
            out.println("  skipped:    " + step);
        }
    }
}

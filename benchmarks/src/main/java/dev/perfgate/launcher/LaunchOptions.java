package dev.perfgate.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The launcher's own options: a profile and where tracking reads and writes. Everything else on
 * the command line belongs to JMH. Mutable, filled by picocli on one thread.
 */
@Command(name = "benchmarks.jar", mixinStandardHelpOptions = false,
        description = {
            "Runs the perfgate suite on a profile, records it, compares it with baselines/ and writes a report.",
            "Given JMH options instead (e.g. -l, -f 1, a regexp), it is JMH's own Main."})
final class LaunchOptions {

    /** Long options that mark a command line as ours; all JMH options are single-dash. */
    static final Set<String> OWN_OPTIONS = Set.of(
            "--profile", "--db", "--baselines", "--report-dir", "--results-dir", "--no-track", "--help",
            "--against", "--budget", "--mode", "--local-baselines", "--golden", "--no-golden");

    @Option(names = "--profile", description = "quick (default, ~20 min on 2 cores), full (the thorough suite; longer) or smoke (CI: proves it runs).")
    Profile profile = Profile.QUICK;

    @Option(names = "--db", description = "JDBC URL of the history database (default: env PERFGATE_DB, else ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--baselines", description = "Directory of committed baselines (default: ${DEFAULT-VALUE}).")
    Path baselines = Path.of("baselines");

    @Option(names = "--local-baselines", description = "Where this machine's own baselines live when baselines/ was "
            + "measured elsewhere (default: ${DEFAULT-VALUE}; never committed).")
    Path localBaselines = Path.of(".perfgate", "baselines");

    @Option(names = "--report-dir", description = "Where the report is written (default: ${DEFAULT-VALUE}).")
    Path reportDir = Path.of(".perfgate", "report");

    @Option(names = "--results-dir", description = "Where JMH's JSON result is written (default: ${DEFAULT-VALUE}).")
    Path resultsDir = Path.of(".perfgate", "results");

    @Option(names = "--no-track", description = "Only run and write JMH's JSON: no database, no comparison, no report.")
    boolean noTrack;

    @Option(names = "--against", arity = "0..1", fallbackValue = "", paramLabel = "REV",
            description = "A/B against git revision REV (default: the merge base with main), built and cached under .perfgate/ab-cache.")
    String against;

    @Option(names = "--budget", description = "With --against: wall time for the A/B (default: ${DEFAULT-VALUE}).")
    String budget = "15m";

    @Option(names = "--mode", description = "With --against: interleaved or duet, as tracker ab's --mode (default: tracker ab's).")
    String mode;

    @Option(names = "--golden", description = "Also track the golden path (~25 s on quick) when REGEXPs are given; it runs by default without them.")
    boolean golden;

    @Option(names = "--no-golden", description = "Do not track the golden path (the WebSocket server, auth service and load generator of golden.jar).")
    boolean noGolden;

    @Option(names = "--help", usageHelp = true, description = "Show this help (JMH's own help is -h).")
    boolean help;

    @Parameters(arity = "0..*", paramLabel = "REGEXP", description = "Run only benchmarks matching these (default: all).")
    List<String> includes = new ArrayList<>();

    /** True when the command line is JMH's, to be handed over untouched. */
    static boolean isJmhCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (OWN_OPTIONS.contains(name)) {
                return false;
            }
        }
        return true;
    }
}

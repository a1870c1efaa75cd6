package dev.perfgate.tracker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar tracker.jar}: the tracker's command line. Exit codes are the contract CI
 * relies on: 0 success (nothing regressed), 1 a regression was found, 2 bad usage or bad input.
 * Each subcommand is its own small class in this package; register it in {@code subcommands}.
 */
@Command(name = "tracker",
        mixinStandardHelpOptions = true,
        versionProvider = TrackerCli.Version.class,
        description = "Stores JMH results as HdrHistograms, compares them with baselines, gates CI, draws reports.",
        subcommands = {
            CommandLine.HelpCommand.class,
            IngestCommand.class,
            RunsCommand.class,
            ShowCommand.class,
            CompareCommand.class,
            BaselineCommand.class,
            HistoryCommand.class,
        })
public final class TrackerCli implements Runnable {

    public static final int OK = 0;
    public static final int REGRESSION = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; for tests and in-process callers. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, writing to standard out and err until told otherwise (tests capture both). */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TrackerCli()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = TrackerCli.class.getPackage().getImplementationVersion();
            return new String[] {"perfgate tracker " + (version == null ? "(development build)" : version)};
        }
    }
}

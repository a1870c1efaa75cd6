package dev.perfgate.tracker.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar tracker.jar}: the tracker's command line. Exit codes are the contract CI
 * relies on: 0 success (nothing regressed), 1 a regression was found, 2 bad usage or bad input.
 * Each subcommand is its own small class in this package; register it in {@link #SUBCOMMANDS}.
 */
@Command(name = "tracker",
        mixinStandardHelpOptions = true,
        versionProvider = TrackerCli.Version.class,
        description = "Stores JMH results as HdrHistograms, compares them with baselines, gates CI, draws reports.")
public final class TrackerCli implements Runnable {

    public static final int OK = 0;
    public static final int REGRESSION = 1;
    public static final int BAD_INPUT = 2;

    /** The subcommands, in the order {@code --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            CommandLine.HelpCommand.class,
            IngestCommand.class,
            RunsCommand.class,
            ShowCommand.class,
            CompareCommand.class,
            AbCommand.class,
            BisectCommand.class,
            LoadCommand.class,
            BaselineCommand.class,
            HistoryCommand.class,
            DbCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; for tests and in-process callers. */
    public static int execute(String... args) {
        return commandLine(args).execute(args);
    }

    /**
     * The configured command line for these arguments: when the first names a subcommand exactly,
     * only that one is registered, because picocli builds the model of every registered command
     * up front and all of them cost a small ingest a tenth of its time. Anything else (no
     * command, {@code help}, an option, a typo) gets them all, so usage and error messages are
     * unchanged. Writes to standard out and err until told otherwise (tests capture both).
     */
    static CommandLine commandLine(String... args) {
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.stream()
                .filter(command -> command != CommandLine.HelpCommand.class) // help describes the others
                .filter(command -> command.getAnnotation(Command.class).name().equals(args[0]))
                .findFirst().orElse(null);
        CommandLine cli = new CommandLine(new TrackerCli());
        for (Class<?> command : SUBCOMMANDS) {
            if (named == null || command == named) {
                cli.addSubcommand(command);
            }
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true); // after adding: it reaches the subcommands present
        for (String jmhCommand : List.of("ab", "bisect")) {
            CommandLine command = cli.getSubcommands().get(jmhCommand);
            if (command != null) {
                command.setUnmatchedOptionsArePositionalParams(true); // JMH's own options pass through to the jars
            }
        }
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

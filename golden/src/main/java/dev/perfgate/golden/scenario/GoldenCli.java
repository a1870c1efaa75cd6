package dev.perfgate.golden.scenario;

import dev.perfgate.golden.tracking.JmhFacade;
import dev.perfgate.golden.tracking.TrackCommand;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code golden.jar}: the golden-path scenarios as commands ({@code incident}, {@code fix},
 * {@code race}, {@code recovery}), each ending with a summary in plain words, and {@code track},
 * which measures the steady golden path into JMH-format JSON for the tracker. Exit codes: 0 the
 * scenario kept its promise, 1 it did not, 2 bad usage. Not thread-safe; one per process.
 */
@Command(name = "golden.jar", mixinStandardHelpOptions = true,
        description = "The golden path end to end on loopback: WebSocket server, auth service, load generator.",
        subcommands = {GoldenCli.Incident.class, GoldenCli.Fix.class, GoldenCli.Race.class, GoldenCli.Recovery.class,
            TrackCommand.class})
public final class GoldenCli {

    /** Where commands print; {@code System.out} from {@link #main}. */
    PrintStream out = System.out;

    /** Where {@code golden.jar} subcommands print. */
    public PrintStream out() {
        return out;
    }

    public static void main(String[] args) throws Exception {
        if (JmhFacade.handles(args)) {
            // tracker ab drives JMH jars with JMH's command line: golden.jar answers the part it uses
            try {
                System.exit(JmhFacade.run(args, System.out));
            } catch (IllegalArgumentException e) {
                System.out.println("golden.jar: " + e.getMessage());
                System.exit(2);
            }
        }
        System.exit(execute(System.out, args));
    }

    /** Runs the command line, printing to {@code out}; returns the exit code. */
    public static int execute(PrintStream out, String... args) {
        GoldenCli root = new GoldenCli();
        root.out = out;
        CommandLine cli = new CommandLine(root);
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(out, true));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                command.getErr().println(command.getCommandName() + ": " + e.getMessage());
                return 2;
            }
            throw e;
        });
        if (args.length == 0) {
            cli.usage(out);
            return 2;
        }
        return cli.execute(args);
    }

    /** What every scenario command shares: the load's rate and duration, and the seed. */
    abstract static class ScenarioCommand implements Callable<Integer> {

        @CommandLine.ParentCommand
        GoldenCli parent;

        @Option(names = "--rate", description = "Connections started per second (default: the scenario's).")
        Double rate;

        @Option(names = "--duration", converter = DurationConverter.class,
                description = "How long connections keep starting, e.g. 10s (default: the scenario's).")
        Duration duration;

        @Option(names = "--seed", description = "Seed of the auth service's cold-start draws (default: ${DEFAULT-VALUE}).")
        long seed = 42;

        abstract Scenario scenario();

        @Override
        public Integer call() throws Exception {
            ScenarioSpec spec = scenario().spec();
            if (rate != null || duration != null) {
                spec = spec.at(rate != null ? rate : spec.plan().ratePerSecond(),
                        duration != null ? duration : spec.plan().duration());
            }
            ScenarioResult result = new ScenarioRunner(seed).run(spec);
            ScenarioSummary.print(result, parent.out);
            List<String> broken = ScenarioSummary.broken(result);
            return broken.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "incident", mixinStandardHelpOptions = true, description = "(a) A 0.5 s auth timeout against a 2-3 s cold start: the measured failure rate.")
    static final class Incident extends ScenarioCommand {
        @Override
        Scenario scenario() {
            return Scenario.INCIDENT;
        }
    }

    @Command(name = "fix", mixinStandardHelpOptions = true, description = "(b) The cold-start-aware budget: no failures, and the latency distribution.")
    static final class Fix extends ScenarioCommand {
        @Override
        Scenario scenario() {
            return Scenario.FIX;
        }
    }

    @Command(name = "race", mixinStandardHelpOptions = true, description = "(c) Frames sent before READY: none processed early, none lost, both counted.")
    static final class Race extends ScenarioCommand {
        @Override
        Scenario scenario() {
            return Scenario.RACE;
        }
    }

    @Command(name = "recovery", mixinStandardHelpOptions = true, description = "(d) The auth service fails, then recovers: the breaker's transitions and recovery successes.")
    static final class Recovery extends ScenarioCommand {
        @Override
        Scenario scenario() {
            return Scenario.RECOVERY;
        }
    }
}

package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TrackerCliTest {

    private static CliRun run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void aNamedSubcommandAloneBehavesAsInTheFullCommandLine() {
        List<String[]> commandLines = List.of(
                new String[] {"ingest", "--help"},
                new String[] {"ingest"},
                new String[] {"ingest", "--no-such-option", "x.json"},
                new String[] {"runs", "--help"},
                new String[] {"show", "--help"},
                new String[] {"show"},
                new String[] {"compare", "--help"},
                new String[] {"compare", "--format", "nonsense", "a", "b"},
                new String[] {"baseline"},
                new String[] {"baseline", "save", "--help"},
                new String[] {"history", "--help"},
                new String[] {"db", "copy", "--help"},
                new String[] {"help", "ingest"});
        for (String[] args : commandLines) {
            CliRun alone = run(TrackerCli.commandLine(args), args);
            CliRun full = run(TrackerCli.commandLine(), args);
            assertThat(alone).as(String.join(" ", args)).isEqualTo(full);
            assertThat(alone.out() + alone.err()).as(String.join(" ", args)).isNotBlank();
        }
    }

    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        assertThat(TrackerCli.commandLine("ingest", "x.json").getSubcommands()).containsOnlyKeys("ingest");
        assertThat(TrackerCli.commandLine("--help").getSubcommands())
                .containsOnlyKeys("help", "ingest", "runs", "show", "compare", "baseline", "history", "ab", "bisect",
                        "load", "db");
        assertThat(TrackerCli.commandLine("ingst").getSubcommands()).hasSize(11);
        assertThat(TrackerCli.commandLine("help", "ingest").getSubcommands()).hasSize(11);
    }

    @Test
    void topLevelHelpAndTyposStillSeeEveryCommand() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("ingest", "runs", "show", "compare", "baseline", "history");
        CliRun typo = CliRun.of("ingst");
        assertThat(typo.exitCode()).isEqualTo(TrackerCli.BAD_INPUT);
        assertThat(typo.err()).contains("ingest");
    }
}

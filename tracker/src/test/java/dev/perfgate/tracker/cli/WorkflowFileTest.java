package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.compare.GithubReport;
import dev.perfgate.tracker.compare.OutputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Holds the shipped GitHub workflows to the tracker they call, offline: the command line in
 * {@code perfgate.yml} parses as {@code tracker ab} takes it, and the comment workflow looks for the
 * marker and the artifacts the first one writes. (actionlint checks the YAML itself; README says how.)
 */
class WorkflowFileTest {

    private static final Path WORKFLOWS = Path.of("..", ".github", "workflows");

    @Test
    void theWorkflowsTrackerCommandLineParses() throws Exception {
        String[] args = trackerArguments(Files.readString(WORKFLOWS.resolve("perfgate.yml")));
        CommandLine cli = TrackerCli.commandLine(args);
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        AbCommand ab = (AbCommand) parsed.subcommand().commandSpec().userObject();

        assertThat(ab.output.format).isEqualTo(OutputFormat.GITHUB);
        assertThat(ab.output.out).isEqualTo(Path.of(".perfgate/comment/body.md"));
        assertThat(ab.output.reportDir).isEqualTo(Path.of(".perfgate/report"));
        assertThat(ab.noStore).isTrue();
        assertThat(Durations.parse("--budget", ab.budget).toMinutes()).isEqualTo(20);
        assertThat(ab.jmh).containsExactly("-wi", "1", "-w", "200ms", "-i", "3", "-r", "200ms");
    }

    @Test
    void theCommentWorkflowFindsWhatTheFirstOneWrites() throws Exception {
        String ab = Files.readString(WORKFLOWS.resolve("perfgate.yml"));
        String comment = Files.readString(WORKFLOWS.resolve("perfgate-comment.yml"));
        assertThat(comment).contains("workflows: [perfgate]").contains("'" + GithubReport.MARKER + "'")
                .contains("name: perfgate-comment").contains("a.name === 'perfgate-report'")
                .contains("comment/body.md").contains("comment/pr-number");
        assertThat(ab).contains("name: perfgate\n").contains("name: perfgate-comment").contains("name: perfgate-report")
                .contains(".perfgate/comment/pr-number");
        // the first workflow runs on a read-only token; only the workflow_run one may write
        assertThat(ab).contains("permissions:\n  contents: read\n").doesNotContain("write");
    }

    /** The arguments after {@code tracker.jar}, joined over the shell's line continuations. */
    private static String[] trackerArguments(String workflow) {
        String start = "java -jar tracker/target/tracker.jar ";
        int from = workflow.indexOf(start);
        assertThat(from).as("perfgate.yml runs the tracker").isPositive();
        StringBuilder command = new StringBuilder();
        for (String line : workflow.substring(from + start.length()).lines().toList()) {
            String trimmed = line.strip();
            boolean continues = trimmed.endsWith("\\");
            command.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
            if (!continues) {
                break;
            }
        }
        List<String> args = new ArrayList<>(Arrays.asList(command.toString().trim().split("\\s+")));
        return args.toArray(String[]::new);
    }
}

package dev.perfgate.tracker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tracker db}: the history database itself ({@code copy}). Not thread-safe (one command, one call).
 */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Works on history databases as a whole: copy one into another (H2 and PostgreSQL).",
        subcommands = {DbCopyCommand.class})
public final class DbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a db command is required: copy");
    }
}

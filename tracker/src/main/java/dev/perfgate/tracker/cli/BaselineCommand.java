package dev.perfgate.tracker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tracker baseline}: the committed baselines CI compares against ({@code save}, {@code list}).
 * Not thread-safe (one command, one call).
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Saves and lists the baselines under baselines/.",
        subcommands = {BaselineSaveCommand.class, BaselineListCommand.class})
public final class BaselineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a baseline command is required: save or list");
    }
}

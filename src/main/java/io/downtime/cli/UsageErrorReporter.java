package io.downtime.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Bad usage: the problem and the command's usage on stderr, exit code 2. */
final class UsageErrorReporter implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("analyzer: " + e.getMessage());
        // A line at a time: standard error ends lines only where println does (TerminalWriter); no
        // colours, whose escape sequences it would show.
        commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().forEach(err::println);
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}

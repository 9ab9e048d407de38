package io.downtime.cli;

import picocli.CommandLine;

/** Bad usage: the problem and the command's usage on stderr, exit code 2. */
final class UsageErrorReporter implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        commandLine.getErr().println("analyzer: " + e.getMessage());
        commandLine.usage(commandLine.getErr());
        return ExitCodes.BAD_INPUT;
    }
}

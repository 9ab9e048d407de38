package io.downtime.cli;

import picocli.CommandLine;

/**
 * Turns an unexpected failure into one line on stderr; the stack trace only with {@code --debug}
 * (users get a message they can act on, developers can still ask for the trace).
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (debugRequested(parseResult)) {
            e.printStackTrace(commandLine.getErr());
        } else {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            commandLine.getErr().println("analyzer: error: " + message + " (run with --debug for details)");
        }
        return ExitCodes.BAD_INPUT;
    }

    private static boolean debugRequested(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}

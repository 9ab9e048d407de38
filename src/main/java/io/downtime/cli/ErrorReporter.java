package io.downtime.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns an unexpected failure into one line on stderr; the stack trace only with {@code --debug}
 * (users get a message they can act on, developers can still ask for the trace).
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (debugRequested(parseResult)) {
            e.printStackTrace(new StackTraceLines(err));
        } else {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println("analyzer: error: " + message + " (run with --debug for details)");
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

    /**
     * A stack trace's lines on stderr, each printed whole, its leading tabs as spaces: stderr shows a
     * tab as {@code \t}, and the messages in the trace (which may name files) stay escaped.
     */
    private static final class StackTraceLines extends PrintWriter {
        private final PrintWriter err;

        StackTraceLines(PrintWriter err) {
            super(err);
            this.err = err;
        }

        @Override
        public void println(Object line) {
            String text = String.valueOf(line);
            int tabs = 0;
            while (tabs < text.length() && text.charAt(tabs) == '\t') {
                tabs++;
            }
            err.println("    ".repeat(tabs) + text.substring(tabs));
        }
    }
}

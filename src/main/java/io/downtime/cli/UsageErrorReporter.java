package io.downtime.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Bad usage: the problem in one line on stderr, picocli's suggestions for a mistyped name, and where
 * the usage is ({@code see 'analyzer help report'}), exit code 2. The whole usage (60 lines for
 * {@code report}) would push the one line that matters off the screen.
 */
final class UsageErrorReporter implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("analyzer: " + message(e));
        // The names picocli finds close to a mistyped command or option. A line at a time: standard error
        // ends lines only where println does (TerminalWriter).
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println("analyzer: did you mean " + alternatives(unmatched.getSuggestions()) + "?");
        }
        err.println(hint(commandLine));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** {@code replay}, {@code replay or sweep}, {@code replay, sweep or compare}. */
    private static String alternatives(java.util.List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** A word that is no command, given where a command is expected, is said to be that; else picocli's message. */
    private static String message(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && e.getCommandLine().getCommandSpec().parent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")
                && e.getCommandLine().getCommandSpec().positionalParameters().isEmpty()) {
            return "'" + unmatched.getUnmatched().get(0) + "' is not an analyzer command";
        }
        return e.getMessage();
    }

    /** {@code see 'analyzer help report'} for a subcommand, {@code see 'analyzer --help'} for the root. */
    static String hint(CommandLine commandLine) {
        CommandLine.Model.CommandSpec spec = commandLine.getCommandSpec();
        if (spec.parent() == null) {
            return "see '" + spec.name() + " --help'";
        }
        return "see '" + spec.root().name() + " help " + spec.name() + "'";
    }
}

package io.downtime.cli;

import io.downtime.terminal.TerminalWriter;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * The analyzer's command line: its error stream, whoever sets it (the launcher, a test), shows
 * control characters escaped ({@link TerminalWriter}). Everything that reaches standard error goes
 * through it: picocli's usage errors (they quote the arguments), the commands' messages, the
 * readers' diagnostics, unexpected failures. Picocli hands the stream on to every subcommand.
 */
final class EscapingCommandLine extends CommandLine {
    EscapingCommandLine(Object command) {
        super(command);
    }

    @Override
    public CommandLine setErr(PrintWriter err) {
        return super.setErr(TerminalWriter.guard(err, true));
    }
}

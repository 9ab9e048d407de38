package io.downtime.cli;

import picocli.CommandLine;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

/** The {@code analyzer} command: usage when called without a subcommand. */
@Command(name = "analyzer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Analyse QEMU live-migration downtime from trace logs.",
        subcommands = {
                CommandLine.HelpCommand.class,
                EventsCommand.class,
                ReportCommand.class,
                RunsCommand.class,
                CompareCommand.class,
                GateCommand.class,
                BaselineCommand.class,
                ReplayCommand.class,
                SweepCommand.class,
                SynthRunsCommand.class,
                SynthTraceCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:a gate or check failed",
                "2:bad usage, unreadable or rejected input"})
public final class AnalyzerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of unexpected errors.")
    boolean debug;

    public static void main(String[] args) {
        CommandLine commandLine = commandLine();
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(exitCode);
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AnalyzerCommand());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(new UsageErrorReporter());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

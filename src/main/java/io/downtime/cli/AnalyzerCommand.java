package io.downtime.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;

/** The {@code analyzer} command: usage when called without a subcommand. */
@Command(name = "analyzer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Analyse QEMU live-migration downtime from trace logs.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:a gate or check failed",
                "2:bad usage, unreadable or rejected input"})
public final class AnalyzerCommand implements Runnable {
    /** The subcommands, in the order --help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
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
            AutoComplete.GenerateCompletion.class,
            ManPageGenerator.class);

    /** Commands that work on the whole command tree (the usage of every command, its completion, its man pages). */
    private static final List<Class<?>> WHOLE_TREE = List.of(
            CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class, ManPageGenerator.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of unexpected errors.")
    boolean debug;

    public static void main(String[] args) {
        CommandLine commandLine = commandLine(args.length > 0 ? args[0] : "");
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Picocli passes errors through. The inputs hold more than the heap does (a run set of many
            // thousand migrations, say): say so, and how to give the JVM more, instead of a stack trace.
            commandLine.getOut().flush();
            System.err.println(OutOfMemory.message(Runtime.getRuntime().maxMemory()));
            exitCode = ExitCodes.BAD_INPUT;
        }
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(exitCode);
    }

    /** The configured command line with every subcommand, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The configured command line; when {@code first} (the first argument) names a subcommand other
     * than help, generate-completion and gen-manpage, with that one only. Picocli reads a subcommand's annotations when it is added, and a
     * cold JVM takes about 50 ms over the ones a run does not use, on every start
     * (docs/performance.md). Anything else (help, an option, a mistyped name, nothing) gets them all,
     * for the usage and for picocli's suggestions.
     */
    static CommandLine commandLine(String first) {
        PicocliProbes.turnOff();
        CommandLine commandLine = new EscapingCommandLine(new AnalyzerCommand());
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(type -> !WHOLE_TREE.contains(type))
                .filter(type -> type.getAnnotation(Command.class).name().equals(first))
                .toList();
        for (Class<?> subcommand : named.isEmpty() ? SUBCOMMANDS : named) {
            commandLine.addSubcommand(subcommand);
        }
        toolCommands(commandLine);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(new UsageErrorReporter());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return commandLine;
    }

    /**
     * picocli's own generate-completion and gen-manpage, listed in the usage (picocli hides the first) and
     * printing this tool's version, like every other command.
     */
    private static void toolCommands(CommandLine commandLine) {
        for (String name : List.of("generate-completion", "gen-manpage")) {
            CommandLine command = commandLine.getSubcommands().get(name);
            if (command != null) {
                command.getCommandSpec().usageMessage().hidden(false);
                command.getCommandSpec().versionProvider(new VersionProvider());
            }
        }
        CommandLine completion = commandLine.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().description(
                    "Print a bash completion script for analyzer (zsh reads it too, through bashcompinit):",
                    "  source <(analyzer generate-completion)",
                    "docs/command-line.md says how to install it for good.");
        }
        CommandLine manPages = commandLine.getSubcommands().get("gen-manpage");
        if (manPages != null) {
            manPages.getCommandSpec().usageMessage().description(
                    "Write a man page of analyzer and of each of its commands, in AsciiDoc, to the --outdir"
                            + " directory; asciidoctor -b manpage turns them into man pages"
                            + " (docs/command-line.md; tools/man-pages.sh does both).");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

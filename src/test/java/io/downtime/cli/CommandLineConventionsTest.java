package io.downtime.cli;

import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --help} and {@code --version} on the root and on every subcommand; usage without a subcommand. */
class CommandLineConventionsTest {

    @TestFactory
    List<DynamicTest> helpAndVersionEverywhere() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> names = new ArrayList<>(AnalyzerCommand.commandLine().getSubcommands().keySet());
        names.remove("help");
        assertTrue(names.contains("events"));
        tests.add(DynamicTest.dynamicTest("analyzer", () -> checkHelpAndVersion()));
        for (String name : names) {
            tests.add(DynamicTest.dynamicTest(name, () -> checkHelpAndVersion(name)));
        }
        return tests;
    }

    /**
     * main builds only the subcommand its first argument names (a faster start): that subcommand must be
     * the same as in the full command line, its usage (and so every option, default and description) included.
     */
    @Test
    void aSubcommandBuiltAloneIsTheSameAsAmongAll() {
        CommandLine all = AnalyzerCommand.commandLine();
        assertEquals(List.of("help", "events", "report", "runs", "compare", "gate", "baseline", "replay", "sweep",
                "synth-runs", "synth-trace", "generate-completion", "gen-manpage"), new ArrayList<>(all.getSubcommands().keySet()));
        for (String name : all.getSubcommands().keySet()) {
            CommandLine alone = AnalyzerCommand.commandLine(name);
            if (List.of("help", "generate-completion", "gen-manpage").contains(name)) {
                // help COMMAND, the completion script and the man pages need every command
                assertEquals(all.getSubcommands().keySet(), alone.getSubcommands().keySet());
                continue;
            }
            assertEquals(List.of(name), new ArrayList<>(alone.getSubcommands().keySet()));
            assertEquals(all.getSubcommands().get(name).getUsageMessage(), alone.getSubcommands().get(name).getUsageMessage());
            assertTrue(alone.getSubcommands().get(name).isCaseInsensitiveEnumValuesAllowed());
        }
        assertEquals(all.getSubcommands().keySet(), AnalyzerCommand.commandLine("evnts").getSubcommands().keySet());
        assertEquals(all.getSubcommands().keySet(), AnalyzerCommand.commandLine("--help").getSubcommands().keySet());
    }

    private static void checkHelpAndVersion(String... command) {
        CliRun help = CliRun.of(append(command, "--help"));
        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("Usage: analyzer"), help.out());
        CliRun version = CliRun.of(append(command, "--version"));
        assertEquals(0, version.exitCode());
        assertTrue(version.out().matches("(?s)analyzer [0-9]+\\.[0-9]+\\.[0-9]+\\Rcommit .*"), version.out());
    }

    private static String[] append(String[] head, String last) {
        String[] all = java.util.Arrays.copyOf(head, head.length + 1);
        all[head.length] = last;
        return all;
    }

    @Test
    void noSubcommandPrintsUsage() {
        CliRun run = CliRun.of();
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Commands:"), run.out());
    }

    /** A usage error is the one line that says what is wrong and where the usage is, not the usage itself. */
    @Test
    void unknownOptionIsOneLineAndAHintWithExitCode2() {
        CliRun run = CliRun.of("events", "--no-such-option", "x");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("analyzer: Unknown option: '--no-such-option'", "see 'analyzer help events'"), lines(run.err()));
        assertEquals("", run.out());
    }

    @Test
    void missingArgumentIsOneLineAndAHint() {
        CliRun run = CliRun.of("report");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("analyzer: Missing required parameter: 'LOG'", "see 'analyzer help report'"), lines(run.err()));
        CliRun replay = CliRun.of("replay", "x", "--downtime-limit", "300");
        assertEquals(2, replay.exitCode());
        assertEquals(List.of("analyzer: Missing required option: '--switchover-limit=MS'", "see 'analyzer help replay'"),
                lines(replay.err()));
    }

    /** A check the command makes itself (a page needs -o) goes through the same reporter. */
    @Test
    void aCommandsOwnUsageCheckIsOneLineAndAHint() {
        CliRun run = CliRun.of("report", "--format", "html", SampleTraces.path("dst-stalled-400ms").toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("analyzer: --format html writes a page: give -o FILE (or -o - for standard output)",
                "see 'analyzer help report'"), lines(run.err()));
    }

    /** A mistyped command: said to be none, with picocli's closest names, and the root's usage named. */
    @Test
    void mistypedCommandNamesTheCloseOnes() {
        CliRun run = CliRun.of("evnts", "x");
        assertEquals(2, run.exitCode());
        List<String> lines = lines(run.err());
        assertEquals(3, lines.size(), run.err());
        assertEquals("analyzer: 'evnts' is not an analyzer command", lines.get(0));
        assertTrue(lines.get(1).startsWith("analyzer: did you mean ") && lines.get(1).contains("events"), lines.get(1));
        assertEquals("see 'analyzer --help'", lines.get(2));
    }

    /** The command each hint names works, and prints the usage the hint promises. */
    @Test
    void theHintsCommandPrintsTheUsage() {
        for (String name : List.of("events", "report", "replay", "runs", "compare", "gate", "sweep")) {
            CliRun run = CliRun.of("help", name);
            assertEquals(0, run.exitCode());
            assertTrue(run.out().startsWith("Usage: analyzer " + name), run.out());
        }
        CliRun root = CliRun.of("--help");
        assertTrue(root.out().contains("Commands:"), root.out());
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }
}

package io.downtime.cli;

import io.downtime.testing.CliRun;
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
                "synth-runs", "synth-trace"), new ArrayList<>(all.getSubcommands().keySet()));
        for (String name : all.getSubcommands().keySet()) {
            CommandLine alone = AnalyzerCommand.commandLine(name);
            if (name.equals("help")) {
                // help COMMAND needs every command
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
        assertTrue(version.out().startsWith("analyzer "), version.out());
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

    @Test
    void unknownOptionIsUsageErrorWithExitCode2() {
        CliRun run = CliRun.of("events", "--no-such-option", "x");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
    }

    @Test
    void helpSubcommandWorks() {
        CliRun run = CliRun.of("help", "events");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: analyzer events"), run.out());
        assertTrue(CommandLine.class.getName().length() > 0);
    }
}

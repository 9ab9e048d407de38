package io.downtime.cli;

import io.downtime.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code analyzer gen-manpage}: a man page (AsciiDoc, for asciidoctor's manpage backend) of analyzer and of
 * every command the usage lists, made from the same annotations as the usage, so every option is in it.
 */
class ManPageTest {

    @Test
    void onePagePerListedCommandWithEveryOption(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("gen-manpage", "--outdir", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        CommandLine all = AnalyzerCommand.commandLine();
        List<String> expected = new ArrayList<>(List.of("analyzer.adoc"));
        for (Map.Entry<String, CommandLine> command : all.getSubcommands().entrySet()) {
            if (!command.getValue().getCommandSpec().usageMessage().hidden()) {
                expected.add("analyzer-" + command.getKey() + ".adoc");
            }
        }
        List<String> written;
        try (var files = Files.list(dir)) {
            written = files.map(path -> path.getFileName().toString()).sorted().toList();
        }
        assertEquals(expected.stream().sorted().toList(), written);
        for (Map.Entry<String, CommandLine> command : all.getSubcommands().entrySet()) {
            if (command.getValue().getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            String page = Files.readString(dir.resolve("analyzer-" + command.getKey() + ".adoc"), StandardCharsets.UTF_8);
            assertTrue(page.contains(":doctype: manpage"), command.getKey());
            assertTrue(page.contains("= analyzer-" + command.getKey() + "(1)"), command.getKey());
            for (CommandLine.Model.OptionSpec option : command.getValue().getCommandSpec().options()) {
                // AsciiDoc writes an option in bold: *--format*, a negatable one *--[no-]force*
                String name = option.negatable() ? option.longestName().replaceFirst("^--", "--[no-]") : option.longestName();
                assertTrue(page.contains("*" + name + "*"), command.getKey() + ": " + name);
            }
        }
        String root = Files.readString(dir.resolve("analyzer.adoc"), StandardCharsets.UTF_8);
        assertTrue(root.contains("analyzer 0.1.0") || root.matches("(?s).*analyzer [0-9]+\\.[0-9]+\\.[0-9]+.*"), root);
        // The exit codes are the usage's, in a section of their own.
        assertTrue(root.contains("bad usage, unreadable or rejected input"), root);
    }
}

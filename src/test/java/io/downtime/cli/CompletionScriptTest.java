package io.downtime.cli;

import io.downtime.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyzer generate-completion}: a bash script that bash accepts, and that completes commands and options. */
class CompletionScriptTest {

    @Test
    void theScriptIsValidBash(@TempDir Path dir) throws Exception {
        Path script = script(dir);
        Result check = bash(dir, "bash -n " + script);
        assertEquals(0, check.exitCode(), check.output());
        assertEquals("", check.output());
    }

    /**
     * Sourced into bash, the completion function answers as a shell would ask it: the commands for the word
     * after {@code analyzer}, a command's options for a word starting with {@code --}, and the values of an
     * enum option.
     */
    @Test
    void itCompletesCommandsOptionsAndValues(@TempDir Path dir) throws Exception {
        Path script = script(dir);
        assertEquals(List.of("replay", "report"), complete(dir, script, "analyzer", "rep"));
        List<String> reportOptions = complete(dir, script, "analyzer", "report", "--for");
        assertEquals(List.of("--format"), reportOptions);
        List<String> replayOptions = complete(dir, script, "analyzer", "replay", "--sw");
        assertEquals(List.of("--switchover-limit"), replayOptions);
        assertEquals(List.of("CSV", "HTML", "JSON", "PERFETTO", "TEXT"), complete(dir, script, "analyzer", "report", "--format", ""));
        assertTrue(complete(dir, script, "analyzer", "").containsAll(List.of("events", "report", "runs", "compare",
                "gate", "baseline", "replay", "sweep", "generate-completion", "gen-manpage")));
    }

    private static Path script(Path dir) throws IOException {
        CliRun run = CliRun.of("generate-completion");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.out().lines().findFirst().orElse(""));
        Path script = dir.resolve("analyzer_completion");
        Files.writeString(script, run.out(), StandardCharsets.UTF_8);
        return script;
    }

    /** The words bash's completion would offer for the last of {@code words}, sorted. */
    private static List<String> complete(Path dir, Path script, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append("'");
        }
        // compopt only works inside a completion bash itself started: a no-op here.
        String program = "source " + script + "\ncompopt() { :; }\n"
                + "COMP_WORDS=(" + array + " )\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + String.join(" ", words) + "'\n"
                + "COMP_POINT=${#COMP_LINE}\n"
                + "_complete_analyzer analyzer '" + words[words.length - 1] + "' '" + words[words.length - 2] + "'\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\" | sort -u\n";
        Path file = dir.resolve("complete.sh");
        Files.writeString(file, program, StandardCharsets.UTF_8);
        Result result = bash(dir, "bash " + file);
        assertEquals(0, result.exitCode(), result.output());
        return result.output().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result bash(Path dir, String command) throws Exception {
        Path out = dir.resolve("bash-output.txt");
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "bash did not finish");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }
}

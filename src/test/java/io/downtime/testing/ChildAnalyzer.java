package io.downtime.testing;

import io.downtime.cli.AnalyzerCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The {@code analyzer} command line run in a JVM of its own, from a bash script: for what an
 * in-process run cannot have, such as a pipe on standard input, {@code <(command)}, another locale, or
 * a limit on the size of the files it writes. In the script, {@code "${ANALYZER[@]}"} runs the
 * analyzer (java, this JVM's class path, the main class).
 */
public final class ChildAnalyzer {
    private ChildAnalyzer() {
    }

    public static CliRun bash(Path workDir, String script) {
        return bash(workDir, script, environment -> { });
    }

    /** Runs {@code script} in {@code workDir}, the environment changed by {@code environment} first. */
    public static CliRun bash(Path workDir, String script, Consumer<Map<String, String>> environment) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String prelude = "ANALYZER=(" + quote(java) + " -XX:-UsePerfData -XX:TieredStopAtLevel=1 -Xshare:auto -cp "
                + quote(System.getProperty("java.class.path")) + " " + AnalyzerCommand.class.getName() + ")\n";
        Path out = workDir.resolve(".child-out");
        Path err = workDir.resolve(".child-err");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", prelude + script).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        environment.accept(builder.environment());
        try {
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the child analyzer did not finish in 120 s: " + script);
            }
            CliRun run = new CliRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** {@code text} as one bash word. */
    public static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}

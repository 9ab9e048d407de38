import io.downtime.cli.AnalyzerCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs every command of a list in one JVM (one JVM start per command would take longer than the
 * commands on a loaded machine) and keeps what each wrote: NAME.out, NAME.err and NAME.exit in the
 * output directory. Each line of the list is NAME, a tab, then the arguments separated by tabs;
 * {@code @OUT@} in an argument stands for the output directory, and the directory's path is written
 * back as {@code @OUT@} in every file made, so two runs in two directories compare equal.
 * Run with the jar under test on the class path: java -cp analyzer.jar GoldenDriver.java LIST DIR
 */
public final class GoldenDriver {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(out);
        String dir = out.toString();
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            String name = fields[0];
            String[] command = Arrays.stream(fields, 1, fields.length).map(a -> a.replace("@OUT@", dir)).toArray(String[]::new);
            Path stdout = out.resolve(name + ".out");
            Path stderr = out.resolve(name + ".err");
            int exit;
            try (PrintWriter o = new PrintWriter(Files.newBufferedWriter(stdout, StandardCharsets.UTF_8));
                 PrintWriter e = new PrintWriter(Files.newBufferedWriter(stderr, StandardCharsets.UTF_8))) {
                CommandLine commandLine = AnalyzerCommand.commandLine();
                commandLine.setOut(o);
                commandLine.setErr(e);
                try {
                    exit = commandLine.execute(command);
                } catch (RuntimeException | Error failure) {
                    failure.printStackTrace(e);
                    exit = -1;
                }
            }
            Files.writeString(out.resolve(name + ".exit"), exit + "\n", StandardCharsets.UTF_8);
        }
        // what the commands printed and wrote (a gate's JSON names its baseline file) names the directory
        try (var files = Files.list(out)) {
            for (Path written : files.toList()) {
                String text = new String(Files.readAllBytes(written), StandardCharsets.ISO_8859_1);
                if (text.contains(dir)) {
                    Files.write(written, text.replace(dir, "@OUT@").getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        }
    }
}

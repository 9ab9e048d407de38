package io.downtime.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run the launcher makes its class-data archive from ({@code -XX:ArchiveClassesAtExit}): the commands users start
 * most, each once on an included sample, in one JVM, so that the archive holds the classes of each and not only of
 * the report's (a run set's start read about 200 classes from the jar when the archive was one report's;
 * docs/performance.md). Their output goes nowhere; the exit code is 0 only when every command gave 0, and the
 * launcher keeps the archive only then.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    /** {@code ArchiveTraining SAMPLE-TRACES}: the repository's sample-traces directory. */
    public static void main(String[] args) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false);
        System.setOut(nowhere);
        System.setErr(nowhere);
        List<Integer> codes = run(Path.of(args[0]));
        System.exit(codes.stream().allMatch(code -> code == 0) ? 0 : 1);
    }

    /** Each command's exit code, in the order of {@link #commands}. */
    static List<Integer> run(Path samples) {
        List<Integer> codes = new ArrayList<>();
        for (List<String> command : commands(samples)) {
            codes.add(AnalyzerCommand.commandLine(command.get(0)).execute(command.toArray(String[]::new)));
        }
        return codes;
    }

    /**
     * report (of trace logs and of libvirt domain logs), events, runs, replay, compare and sweep on the samples; text,
     * the default of each (the other formats load Jackson or the page's classes, which their own runs then read
     * from the jar: a price paid only by those runs).
     */
    static List<List<String>> commands(Path samples) {
        String stalled = samples.resolve("dst-stalled-400ms").toString();
        String small = samples.resolve("precopy-q35-small").toString();
        String strict = samples.resolve("strict-completed-300-10").toString();
        return List.of(
                List.of("report", stalled),
                List.of("report", samples.resolve("libvirt-one-migration/src-host-guest-a.log").toString(),
                        samples.resolve("libvirt-one-migration/dst-host-guest-a.log").toString()),
                List.of("events", "--summary", samples.resolve("dst-stalled-400ms/src.log").toString()),
                // every sample: failed and cancelled runs, libvirt logs and untimed lines take classes of their own
                List.of("runs", samples.toString()),
                List.of("replay", strict, "--downtime-limit", "300", "--switchover-limit", "10"),
                List.of("compare", stalled, small),
                List.of("sweep", stalled, small, "--downtime-limit", "100:300:100", "--switchover-limit", "0:10:10"));
    }
}

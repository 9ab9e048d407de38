package io.downtime.cli;

import io.downtime.report.words.ProblemWords;
import io.downtime.synth.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code analyzer synth-runs}: writes a corpus of synthetic run pairs made from real samples, for the
 * sweep's benchmark (docs/performance.md, docs/strict-mode.md). Hidden: a tool for measuring the
 * analyzer, not for analysing migrations.
 */
@Command(name = "synth-runs", hidden = true, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write COUNT synthetic source/destination log pairs (OUT/NNNNN/src.log, dst.log), each a real"
                + " completed migration under --from with perturbed device times, stalls and clock offset.",
                "Deterministic for a seed. Prints what it wrote on stderr. See docs/strict-mode.md."})
public final class SynthRunsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SampleSourceArguments samples;

    @Option(names = "--count", defaultValue = "10000", converter = OptionBounds.SynthRuns.class,
            description = "Run pairs to write, 1 to 1000000 (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Where to write the corpus.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        for (Path root : samples.from) {
            if (holds(output, root)) {
                err.println("analyzer: -o " + output + ": holds the samples of --from " + root + ": the corpus would be"
                        + " written among them; give another directory (nothing was written)");
                return ExitCodes.BAD_INPUT;
            }
        }
        SyntheticCorpus.Written written;
        try {
            written = SyntheticCorpus.write(samples.from, count, samples.seed, output, err::println, ProblemWords::problem);
        } catch (IllegalArgumentException e) {
            err.println("analyzer: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        err.println(String.format("analyzer: wrote %d run pairs (%d bytes) to %s from %d samples: %s", written.runs(), written.bytes(),
                output, written.samples().size(), String.join(", ", written.samples())));
        for (String skipped : written.skipped()) {
            err.println("analyzer: not a sample: " + skipped);
        }
        return ExitCodes.OK;
    }

    /** Whether {@code directory} is {@code inner} or holds it, links followed; false when either does not exist. */
    private static boolean holds(Path directory, Path inner) {
        try {
            return inner.toRealPath().startsWith(directory.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}

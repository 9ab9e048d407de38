package io.downtime.cli;

import io.downtime.report.words.StoredReasonWords;
import io.downtime.runset.Baseline;
import io.downtime.runset.BaselineFile;
import io.downtime.runset.RunSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code analyzer baseline}: the figures of a run set, saved for {@code analyzer gate --baseline}. */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Record the figures of every migration found under the paths (blackout, QEMU's figure, phases,"
                + " device save and load times) in a baseline file for analyzer gate --baseline and analyzer compare.",
                "The file records this analyzer's version and every input with its size and SHA-256 (docs/gate.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the baseline was written from every line of the inputs",
                "2:bad usage, an input that cannot be read or holds no migration, rejected lines, or the output"
                        + " cannot be written (nothing is written then)"})
public final class BaselineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunSetArguments inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The baseline file to write.")
    Path output;

    @Option(names = "--label", paramLabel = "NAME",
            description = "The baseline's label (default: the names of the paths, joined by +).")
    String label;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RunSet set = inputs.load(Optional.ofNullable(label), err);
        RunSetArguments.notes(set, err);
        if (!set.clean() || set.runs().isEmpty()) {
            err.println("analyzer: " + (set.runs().isEmpty() ? inputs.noMigration()
                    : "not writing a baseline from inputs that could not all be read") + "; " + output + " not written");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (OutputCheck.refused(List.of(new OutputCheck.Output("-o", output)), OutputCheck.paths(set.files()), err)) {
            return ExitCodes.BAD_INPUT;
        }
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        set.cases().forEach(input -> labels.add(input.label()));
        Baseline baseline;
        try {
            baseline = new Baseline(VersionProvider.version(), String.join("+", labels),
                    inputs.alignment.returnPath.name().toLowerCase(), inputs.alignment.handshake.name().toLowerCase(),
                    BaselineFile.inputs(set), set.figures());
        } catch (UncheckedIOException e) {
            err.println("analyzer: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        try (AtomicFile file = AtomicFile.create(output)) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
            BaselineFile.write(baseline, StoredReasonWords.SENTENCES, writer);
            writer.flush();
            file.commit();
        } catch (IOException e) {
            err.println("analyzer: " + output + ": cannot be written: " + AtomicFile.describe(e) + "; "
                    + AtomicFile.LEFT_AS_IT_WAS);
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("analyzer: wrote " + output + ": " + set.runs().size() + " migration"
                + (set.runs().size() == 1 ? "" : "s") + " labelled " + baseline.label());
        err.flush();
        return ExitCodes.OK;
    }
}

package io.downtime.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@code -o FILE}, as every command that writes a listing or a page takes it. */
final class OutputFile {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output (- for standard output).")
    String output;

    /** A page is not written to a terminal unasked: {@code --format html} needs {@code -o} (or {@code -o -}). */
    void checkPage(CommandSpec spec, boolean page) {
        if (page && output == null) {
            throw new ParameterException(spec.commandLine(),
                    "--format html writes a page: give -o FILE (or -o - for standard output)");
        }
    }

    /** A trace for a viewer is not written to a terminal unasked either: {@code --format perfetto} needs {@code -o}. */
    void checkTrace(CommandSpec spec, boolean trace) {
        if (trace && output == null) {
            throw new ParameterException(spec.commandLine(),
                    "--format perfetto writes a trace for a viewer: give -o FILE.json (or -o - for standard output)");
        }
    }

    /**
     * Where to write; empty, with the reason on stderr, when the file cannot be opened or is one of
     * the {@code inputs} the command read (it would be destroyed: {@link OutputCheck}).
     */
    Optional<OutputTarget> open(CommandSpec spec, Collection<Path> inputs) {
        PrintWriter err = spec.commandLine().getErr();
        List<OutputCheck.Output> outputs = OutputCheck.Output.of("-o", output).stream().toList();
        if (OutputCheck.refused(outputs, inputs, err)) {
            return Optional.empty();
        }
        return OutputTarget.open(output, spec.commandLine().getOut(), err);
    }
}

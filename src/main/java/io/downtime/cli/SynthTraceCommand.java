package io.downtime.cli;

import io.downtime.synth.BenchTrace;
import io.downtime.synth.StampForm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code analyzer synth-trace}: writes one large trace log made of real QEMU trace lines, for the
 * reader's benchmark (bench/read-speed.sh, docs/performance.md). Hidden: a tool for measuring the
 * analyzer, not for analysing migrations.
 */
@Command(name = "synth-trace", hidden = true, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write one large trace log of real QEMU trace lines: the sample logs under --from at new times,"
                + " and with --mix migration, 200,000 of the events QEMU traces around a migration"
                + " (-trace 'migrat*' -trace 'savevm*' -trace 'ram_*') before each.",
                "Deterministic for a seed. Prints what it wrote on stderr. See docs/performance.md."})
public final class SynthTraceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SampleSourceArguments samples;

    @Option(names = "--size", defaultValue = "600M", paramLabel = "SIZE",
            description = "Bytes to write, with an optional K, M or G suffix, at most 1024G (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--mix", defaultValue = "migration", paramLabel = "MIX",
            description = "migration (downtime events rare among other events) or downtime-only (default: ${DEFAULT-VALUE}).")
    String mix;

    @Option(names = "--lines", defaultValue = "0", paramLabel = "N",
            description = "Stop after N lines, if that comes before --size (default: no line count).")
    long lines;

    @Option(names = "--form", defaultValue = "log", paramLabel = "FORM",
            description = "How lines are stamped: log (TID@S.US:, QEMU up to 10.0), iso (QEMU 10.1 and later),"
                    + " systemtap (PID@NS) or unstamped (-msg timestamp=off) (default: ${DEFAULT-VALUE}).")
    String form;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The log to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        BenchTrace.Extent extent;
        BenchTrace.Mix chosen;
        try {
            chosen = BenchTrace.Mix.valueOf(mix.toUpperCase(Locale.ROOT).replace('-', '_'));
            if (lines < 0) {
                throw new IllegalArgumentException("--lines " + lines);
            }
            extent = new BenchTrace.Extent(bytes(size), lines, StampForm.valueOf(form.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            err.println("analyzer: --size is a number of bytes with an optional K, M or G suffix, at most 1024G, --lines a"
                    + " count, --mix migration or downtime-only, --form log, iso, systemtap or unstamped: " + size + ", "
                    + lines + ", " + mix + ", " + form);
            return ExitCodes.BAD_INPUT;
        }
        List<Path> logs;
        try {
            logs = BenchTrace.sampleLogs(samples.from);
        } catch (NoSuchFileException e) {
            err.println("analyzer: --from " + e.getFile() + ": no such directory");
            return ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("analyzer: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (OutputCheck.refused(List.of(new OutputCheck.Output("-o", output)), logs, err)) {
            return ExitCodes.BAD_INPUT;
        }
        BenchTrace.Written written;
        try (AtomicFile file = AtomicFile.create(output)) {
            written = BenchTrace.write(logs, chosen, extent, samples.seed, file.stream());
            file.commit();
        } catch (IllegalArgumentException e) {
            err.println("analyzer: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("analyzer: " + output + ": cannot be written: " + AtomicFile.describe(e) + "; "
                    + AtomicFile.LEFT_AS_IT_WAS);
            return ExitCodes.BAD_INPUT;
        }
        err.println(String.format("analyzer: wrote %s: %d lines, %d bytes, %d vmstate_downtime lines, from %d sample logs",
                output, written.lines(), written.bytes(), written.downtimeLines(), written.samples().size()));
        return ExitCodes.OK;
    }

    static long bytes(String text) {
        String trimmed = text.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        char last = trimmed.isEmpty() ? ' ' : trimmed.charAt(trimmed.length() - 1);
        if (last == 'K' || last == 'M' || last == 'G') {
            unit = last == 'K' ? 1L << 10 : last == 'M' ? 1L << 20 : 1L << 30;
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        long value = Long.parseLong(trimmed);
        // At most a tebibyte: what a disk holds for a benchmark, and no product beyond 64 bits.
        if (value <= 0 || value > (1L << 40) / unit) {
            throw new IllegalArgumentException(text);
        }
        return value * unit;
    }
}

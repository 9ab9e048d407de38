package io.downtime.synth;

import io.downtime.run.FoundMigrations;
import io.downtime.run.LogInputs;
import io.downtime.run.LogLoader;
import io.downtime.run.MigrationFinder;
import io.downtime.run.MigrationPair;
import io.downtime.clock.AlignmentOptions;
import io.downtime.runset.CaseInput;
import io.downtime.runset.CaseProblem;
import io.downtime.runset.CaseReader;
import io.downtime.runset.RunSetInputs;
import io.downtime.trace.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Writes a corpus of synthetic run pairs for the sweep's benchmark: each is a real sample's events with
 * perturbed device times, stalls and clock offset ({@link Perturbation}), in {@code OUT/NNNNN/src.log}
 * and {@code dst.log}. Deterministic: run {@code i} depends only on the seed and {@code i}.
 */
public final class SyntheticCorpus {

    /**
     * @param runs    run pairs written
     * @param bytes   bytes written
     * @param samples the real migrations used
     * @param skipped the migrations found that could not serve as samples, and why
     */
    public record Written(int runs, long bytes, List<String> samples, List<String> skipped) {
    }

    private SyntheticCorpus() {
    }

    /**
     * @param said the words of a case's problem, for {@link Written#skipped}: synth may not import report, whose
     *             {@code ProblemWords} words it (the caller passes them, as {@code runset/StoredReasons} are passed)
     */
    public static Written write(List<Path> from, int count, long seed, Path out, Consumer<Diagnostic> diagnostics,
                                Function<CaseProblem, String> said) throws IOException {
        List<String> skipped = new ArrayList<>();
        List<CorpusSample> samples = samples(from, skipped, diagnostics, said);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no completed, timed migration under " + from + " to make runs from");
        }
        Files.createDirectories(out);
        int width = Math.max(5, Integer.toString(count - 1).length());
        long bytes;
        try {
            bytes = IntStream.range(0, count).parallel().mapToLong(i -> {
                SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
                CorpusSample sample = samples.get(random.nextInt(samples.size()));
                SyntheticRun run = SyntheticRun.of(sample, Perturbation.draw(random));
                String name = String.format("%0" + width + "d", i);
                return write(out.resolve(name), run);
            }).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Written(count, bytes, samples.stream().map(CorpusSample::name).toList(), skipped);
    }

    private static long write(Path dir, SyntheticRun run) {
        try {
            Files.createDirectories(dir);
            byte[] source = run.source().getBytes(StandardCharsets.US_ASCII);
            byte[] destination = run.destination().getBytes(StandardCharsets.US_ASCII);
            Files.write(dir.resolve("src.log"), source);
            Files.write(dir.resolve("dst.log"), destination);
            return source.length + destination.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CorpusSample> samples(List<Path> from, List<String> skipped, Consumer<Diagnostic> diagnostics,
                                              Function<CaseProblem, String> said) {
        RunSetInputs.Located located = RunSetInputs.locate(from.stream().map(Path::toString).toList(), Optional.empty());
        List<CorpusSample> samples = new ArrayList<>();
        for (CaseInput input : located.cases()) {
            CaseReader.Read read = CaseReader.read(input, AlignmentOptions.automatic(), diagnostics);
            read.problems().forEach(problem -> skipped.add(said.apply(problem)));
            for (CaseReader.Migration migration : read.migrations()) {
                CorpusSample.of(migration.ref().name(), migration.pair(), skipped).ifPresent(samples::add);
            }
        }
        located.problems().forEach(problem -> skipped.add(said.apply(problem)));
        return samples;
    }
}

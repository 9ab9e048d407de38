package io.downtime.compare;

import io.downtime.runset.RunFigures;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.RunSetOptions;
import io.downtime.testing.DerivedRunSets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Two run sets derived from a real sample (see {@link DerivedRunSets}), read as the commands read them, compared. */
final class DerivedComparisons {
    private DerivedComparisons() {
    }

    /** The figures of {@code runs} migrations derived by {@code recipe}, from a seed. */
    static List<RunFigures> set(DerivedRunSets.Recipe recipe, int runs, long seed) {
        Path dir;
        try {
            dir = Files.createTempDirectory("derived-set");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            DerivedRunSets.write(dir.resolve("set"), recipe, runs, seed);
            return RunSetLoader.load(List.of(dir.resolve("set").toString()), RunSetOptions.defaults(), d -> {
                throw new AssertionError("derived logs must read cleanly: " + d);
            }).figures();
        } finally {
            delete(dir);
        }
    }

    static Comparison compare(DerivedRunSets.Recipe baseline, DerivedRunSets.Recipe candidate, int runs, long seed,
                              Thresholds thresholds, ComparisonMethod method) {
        // Different seeds for the two sets: they share nothing but the recipe.
        return RunSetComparer.compare("baseline", set(baseline, runs, 2 * seed), "candidate",
                set(candidate, runs, 2 * seed + 1), thresholds, method);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

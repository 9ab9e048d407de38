package io.downtime.compare;

import io.downtime.testing.DerivedRunSets;

import java.util.Locale;

/**
 * Measures how often {@code analyzer compare} reports a change between two run sets that differ by
 * noise only: both derived from one real sample with seeded log-normal noise on every device time.
 * A comparison counts as a false positive when any of its figures is reported as a regression or
 * improvement. docs/compare.md quotes its output:
 *
 * <pre>
 * mvn -B -q test-compile
 * java -cp target/analyzer.jar:target/test-classes io.downtime.compare.FalsePositiveRate 400
 * </pre>
 */
public final class FalsePositiveRate {
    private FalsePositiveRate() {
    }

    /** @return how many of {@code seeds} comparisons reported any change */
    static int measure(String sample, double noise, int runs, int seeds, Thresholds thresholds) {
        int flagged = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            DerivedRunSets.Recipe recipe = DerivedRunSets.Recipe.noise(sample, noise);
            Comparison comparison = DerivedComparisons.compare(recipe, recipe, runs, seed, thresholds,
                    ComparisonMethod.withoutInterval());
            if (comparison.figures().stream().anyMatch(figure -> figure.verdict().changed())) {
                flagged++;
            }
        }
        return flagged;
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        System.out.println("comparisons of noise-only run sets with any figure reported as changed, of " + seeds
                + " seeds, default thresholds " + Thresholds.defaults());
        System.out.println("sample                noise  runs/side  flagged  rate");
        for (String sample : new String[]{"precopy-q35-small", "dst-stalled-400ms"}) {
            for (double noise : new double[]{0.05, 0.1, 0.2}) {
                for (int runs : new int[]{5, 10, 20}) {
                    int flagged = measure(sample, noise, runs, seeds, Thresholds.defaults());
                    System.out.println(String.format(Locale.ROOT, "%-20s  %5.2f  %9d  %7d  %4.1f%%", sample, noise, runs,
                            flagged, 100.0 * flagged / seeds));
                }
            }
        }
    }
}

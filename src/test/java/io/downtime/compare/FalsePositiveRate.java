package io.downtime.compare;

import io.downtime.model.DeviceOperation;
import io.downtime.testing.DerivedRunSets;

import java.util.Locale;

/**
 * Measures how often {@code analyzer compare} reports a change between two run sets that differ by
 * noise only: both derived from one real sample with seeded log-normal noise on every device time.
 * A comparison counts as a false positive when any of its figures is reported as a regression or
 * improvement. With {@code detection} as the second argument it measures instead how often a
 * device made 30% slower in the candidate is found (precopy-q35-small's virtio-net save,
 * dst-stalled-400ms's ICH9LPC load). docs/compare.md quotes its output:
 *
 * <pre>
 * ./analyzer --version &amp;&amp; mvn -B -q test-compile
 * java -cp target/analyzer.jar:target/test-classes io.downtime.compare.FalsePositiveRate 200
 * java -cp target/analyzer.jar:target/test-classes io.downtime.compare.FalsePositiveRate 200 detection
 * java -cp target/analyzer.jar:target/test-classes io.downtime.compare.FalsePositiveRate 200 noise 0.05
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

    /** @return how many of {@code seeds} comparisons reported the slower device as a regression */
    static int detected(String sample, String idstr, DeviceOperation operation, double noise, int runs, int seeds,
                        Thresholds thresholds) {
        int found = 0;
        String label = idstr + (operation == DeviceOperation.SAVE ? " save" : " load");
        for (int seed = 1; seed <= seeds; seed++) {
            DerivedRunSets.Recipe recipe = DerivedRunSets.Recipe.noise(sample, noise);
            Comparison comparison = DerivedComparisons.compare(recipe, recipe.slower(idstr, operation, 1.3), runs, seed,
                    thresholds, ComparisonMethod.withoutInterval());
            if (comparison.regressions().stream().anyMatch(figure -> figure.figure().label().equals(label))) {
                found++;
            }
        }
        return found;
    }

    /** Arguments: seeds (200), {@code noise} or {@code detection}, the significance level (the default's). */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double alpha = args.length > 2 ? Double.parseDouble(args[2]) : Thresholds.DEFAULT_ALPHA;
        Thresholds thresholds = new Thresholds(alpha, Thresholds.DEFAULT_MIN_CHANGE_MICROS,
                Thresholds.DEFAULT_MIN_CHANGE_PERCENT);
        if (args.length > 1 && args[1].equals("detection")) {
            detection(seeds, thresholds);
            return;
        }
        System.out.println("comparisons of noise-only run sets with any figure reported as changed, of " + seeds
                + " seeds, " + thresholds);
        System.out.println("sample                noise  runs/side  flagged  rate");
        for (String sample : new String[]{"precopy-q35-small", "dst-stalled-400ms"}) {
            for (double noise : new double[]{0.05, 0.1, 0.2}) {
                for (int runs : new int[]{5, 10, 20}) {
                    int flagged = measure(sample, noise, runs, seeds, thresholds);
                    System.out.println(String.format(Locale.ROOT, "%-20s  %5.2f  %9d  %7d  %4.1f%%", sample, noise, runs,
                            flagged, 100.0 * flagged / seeds));
                }
            }
        }
    }

    private static void detection(int seeds, Thresholds thresholds) {
        System.out.println("comparisons finding a device made 30% slower, of " + seeds + " seeds, " + thresholds);
        System.out.println("device                                     noise  runs/side  found  rate");
        String[][] devices = {{"precopy-q35-small", "0000:00:01.0/virtio-net", "SAVE"},
                {"dst-stalled-400ms", "0000:00:1f.0/ICH9LPC", "LOAD"}};
        for (String[] device : devices) {
            for (double noise : new double[]{0.05, 0.1, 0.2}) {
                for (int runs : new int[]{5, 10, 20}) {
                    DeviceOperation operation = DeviceOperation.valueOf(device[2]);
                    int found = detected(device[0], device[1], operation, noise, runs, seeds, thresholds);
                    System.out.println(String.format(Locale.ROOT, "%-41s  %5.2f  %9d  %5d  %4.1f%%",
                            device[1] + " " + device[2].toLowerCase(Locale.ROOT) + " (" + device[0] + ")", noise, runs,
                            found, 100.0 * found / seeds));
                }
            }
        }
    }
}

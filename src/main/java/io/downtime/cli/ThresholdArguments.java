package io.downtime.cli;

import io.downtime.compare.Thresholds;
import picocli.CommandLine.Option;

/** When {@code analyzer compare} reports a change (docs/compare.md says why the defaults are these). */
final class ThresholdArguments {
    @Option(names = "--alpha", defaultValue = "0.01", paramLabel = "P", converter = OptionBounds.Alpha.class,
            description = "Significance level of the rank test (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--min-change-us", defaultValue = "100", paramLabel = "US", converter = OptionBounds.ChangeMicros.class,
            description = "Smallest change of a median reported, in µs (default: ${DEFAULT-VALUE}).")
    long minChangeMicros;

    @Option(names = "--min-change-pct", defaultValue = "10", paramLabel = "PCT", converter = OptionBounds.ChangePercent.class,
            description = "Smallest change of a median reported, in %% of the baseline's median (default: ${DEFAULT-VALUE}).")
    double minChangePercent;

    Thresholds thresholds() {
        return new Thresholds(alpha, minChangeMicros, minChangePercent);
    }
}

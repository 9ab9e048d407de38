package io.downtime.run;

import java.util.Locale;

/** How a source run and a destination run were found to be one migration. */
public enum PairingBasis {
    /** Each side had exactly one run. */
    ONLY_RUNS,
    /** Several runs per side: matched in time order with one consistent clock difference between the hosts. */
    TIME,
    /** Several runs per side without timestamps: the n-th source run with the n-th destination run. */
    ORDER,
    /** A run nothing could be paired with; reported on its own. */
    UNPAIRED;

    /** {@code only runs}, {@code time}, {@code order}, {@code unpaired}: the run-set listings' {@code paired}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

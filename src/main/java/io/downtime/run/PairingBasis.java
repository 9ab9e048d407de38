package io.downtime.run;

/** How a source run and a destination run were found to be one migration. */
public enum PairingBasis {
    /** Each side had exactly one run. */
    ONLY_RUNS,
    /** Several runs per side: matched in time order with one consistent clock difference between the hosts. */
    TIME,
    /** Several runs per side without timestamps: the n-th source run with the n-th destination run. */
    ORDER,
    /** A run nothing could be paired with; reported on its own. */
    UNPAIRED
}

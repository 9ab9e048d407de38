package io.downtime.compare;

/** Which of the two sets of a comparison. */
public enum Side {
    BASELINE,
    CANDIDATE
}

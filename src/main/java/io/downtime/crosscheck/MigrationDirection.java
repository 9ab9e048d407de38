package io.downtime.crosscheck;

/** Which side of a migration reported: {@code Operation: Outgoing migration} or {@code Incoming migration}. */
public enum MigrationDirection {
    OUTGOING,
    INCOMING
}

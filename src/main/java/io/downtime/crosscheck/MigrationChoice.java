package io.downtime.crosscheck;

/**
 * Why the reports are compared with the migration they are: QEMU's and libvirt's reports name no
 * migration, so the choice is the analyzer's, and the report says it.
 */
public enum MigrationChoice {
    /** The logs hold one migration. */
    ONLY_ONE_FOUND,
    /** The logs hold several and {@code --run} picked this one. */
    PICKED_WITH_RUN,
    /**
     * The logs hold several and {@code --run} picked none: the last completed one, as
     * {@code virsh domjobinfo --completed} and {@code query-migrate} describe the latest migration.
     */
    LAST_COMPLETED
}

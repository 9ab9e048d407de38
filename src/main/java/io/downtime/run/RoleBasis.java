package io.downtime.run;

/**
 * Where a run's role came from, and the kind of each clue. Clues are consulted in this order, a later
 * kind only when the earlier ones said nothing: the run's own events, the threads of its states,
 * QEMU's messages, the other log's runs, the log's file name, and last a guess.
 */
public enum RoleBasis {
    /** The run's own events (checkpoint prefixes, saves or loads, states only one side enters, RFC events). */
    EVENTS("events"),
    /** Which threads entered {@code setup} and {@code active}: the source's migration thread sets {@code active}. */
    STATE_THREADS("state-threads"),
    /** QEMU's messages that only one side prints ({@code load of migration failed}: the destination). */
    MESSAGES("messages"),
    /** Nothing in the run shows it; the run is the counterpart of the other logs' runs. */
    COUNTERPART("counterpart"),
    /** A word of the log's file name: {@code src}, {@code source}, {@code dst}, {@code dest}, {@code destination}. */
    FILE_NAME("file-name"),
    /** No clue tells the two logs apart: the roles are a guess, and said to be one. */
    GUESS("guess"),
    /** The user said so ({@code --role}). */
    FORCED("forced"),
    /** Nothing shows it. */
    UNKNOWN("unknown");

    private final String label;

    RoleBasis(String label) {
        this.label = label;
    }

    /** As the JSON report writes it: {@code events}, {@code state-threads}, {@code file-name}. */
    public String label() {
        return label;
    }

    /** True for clues found in the run itself (its events, its states' threads, its messages). */
    public boolean ownEvidence() {
        return this == EVENTS || this == STATE_THREADS || this == MESSAGES;
    }
}

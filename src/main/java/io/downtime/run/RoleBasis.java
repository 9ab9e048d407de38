package io.downtime.run;

/** Where a run's role came from. */
public enum RoleBasis {
    /** The run's own events (checkpoint prefixes, saves or loads, states only one side enters). */
    EVENTS,
    /** Nothing in the run shows it; the run is the counterpart of the other input's runs. */
    COUNTERPART,
    /** The user said so ({@code --role}). */
    FORCED,
    /** Nothing shows it. */
    UNKNOWN
}

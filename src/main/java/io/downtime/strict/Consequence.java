package io.downtime.strict;

/** What a firing does to the guest. */
public enum Consequence {
    RESUMES_ON_SOURCE,
    /** Postcopy: the destination already runs the guest and the source's copy is stale. */
    GUEST_LOST
}

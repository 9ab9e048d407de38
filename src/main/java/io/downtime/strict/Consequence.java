package io.downtime.strict;

/** What a firing does to the guest. */
public enum Consequence {
    RESUMES_ON_SOURCE("the migration is cancelled and the guest resumes on the source"),
    /** Postcopy: the destination already runs the guest and the source's copy is stale. */
    GUEST_LOST("the guest already runs on the destination and the source's copy is stale: aborting loses the guest");

    private final String sentence;

    Consequence(String sentence) {
        this.sentence = sentence;
    }

    public String sentence() {
        return sentence;
    }
}

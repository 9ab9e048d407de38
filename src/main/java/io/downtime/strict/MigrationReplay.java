package io.downtime.strict;

import java.util.List;

/** Every policy asked for, replayed on one migration at one setting of the limits. */
public record MigrationReplay(Switchover switchover, Limits limits, List<PolicyVerdict> verdicts) {
    public MigrationReplay {
        verdicts = List.copyOf(verdicts);
    }
}

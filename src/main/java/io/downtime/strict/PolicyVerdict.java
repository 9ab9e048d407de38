package io.downtime.strict;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One policy replayed on one run at one setting of the limits (docs/strict-mode.md defines every field).
 *
 * @param policy          the policy's name
 * @param promisedLimitMs the limit the policy promises the blackout stays within
 * @param outcome         whether it fires and the verdict classes that remain possible
 * @param first           the earliest firing over every scenario
 * @param scenarios       what it does for each set of counter phases
 * @param checks          every check it makes, in order
 * @param margins         per host, how far its last check stayed below the limit (when it can stay silent)
 * @param judgedAgainst   the blackout the class is judged against
 * @param unseen          the time of this run the policy could not see
 * @param recorded        for a run recorded with the RFC, the replay against the record (rfc only)
 * @param notes           what the reader should know (estimates, postcopy, what is missing)
 * @param unreplayable    why the policy could not be replayed at all
 */
public record PolicyVerdict(String policy, Limits limits, long promisedLimitMs, PolicyOutcome outcome, Optional<Firing> first,
                            List<Scenario> scenarios, List<Check> checks, List<Margin> margins,
                            JudgedBlackout judgedAgainst, List<Unseen> unseen, Optional<RecordComparison> recorded,
                            List<PolicyNote> notes, Optional<Unreplayable> unreplayable) {
    public PolicyVerdict {
        scenarios = List.copyOf(scenarios);
        checks = List.copyOf(checks);
        margins = List.copyOf(margins);
        unseen = List.copyOf(unseen);
        notes = List.copyOf(notes);
    }

    public static PolicyVerdict unreplayable(Policy policy, Limits limits, Unreplayable why) {
        return new PolicyVerdict(policy.name(), limits, policy.promisedLimitMs(limits),
                new PolicyOutcome(Certainty.CANNOT_FIRE, Set.of()), Optional.empty(), List.of(), List.of(),
                List.of(), JudgedBlackout.unknown(why), List.of(), Optional.empty(), List.of(), Optional.of(why));
    }

    public boolean replayed() {
        return unreplayable.isEmpty();
    }
}

package io.downtime.gate;

import io.downtime.outcome.Cause;
import io.downtime.outcome.EndedIn;
import io.downtime.outcome.MigrationOutcome;
import io.downtime.outcome.MigrationResult;
import io.downtime.outcome.OutcomeKind;
import io.downtime.outcome.SourceCancel;
import io.downtime.run.KnownMessage;
import io.downtime.runset.SetRun;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code kind: outcome}: no migration of the run set ended in one of the forbidden results
 * ({@code must_not_be: [failed, aborted-by-strict-mode]}), or every one ended in an allowed one
 * ({@code must_be: [completed]}); the results are docs/postmortem.md's.
 *
 * @param forbidden the results that fail the check
 */
public record OutcomeRule(String name, Set<MigrationResult> forbidden) implements Rule {

    public OutcomeRule {
        forbidden = Set.copyOf(forbidden);
    }

    @Override
    public String kind() {
        return "outcome";
    }

    @Override
    public String demand() {
        return "no migration " + labels(forbidden).replace(", ", " or ");
    }

    @Override
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(this::check).toList();
    }

    private RuleResult check(SetRun run) {
        String subject = run.ref().name();
        OutcomeKind outcome = run.figures().outcome();
        String measured = outcome.result().label() + outcome.endedIn()
                .map(phase -> (phase == EndedIn.SWITCHOVER ? " at " : " in ") + phase.label()).orElse("");
        boolean bad = forbidden.contains(outcome.result());
        String message = subject + ": " + measured + ", guest " + outcome.guestStopped().label()
                + cause(run.analysis().outcome()).map(cause -> ": " + cause).orElse("")
                + (bad ? " (forbidden: " + labels(forbidden) + ")" : "");
        return new RuleResult(this, subject, bad ? CheckStatus.FAILED : CheckStatus.PASSED, Optional.of(measured),
                OptionalLong.empty(), "not " + labels(forbidden), message);
    }

    /** QEMU's message when there is one, else what kind of cause the trace shows, with its line. */
    private static Optional<String> cause(MigrationOutcome outcome) {
        return outcome.cause().map(cause -> {
            if (cause instanceof Cause.QemuError error) {
                return KnownMessage.text(error.message()) + " (" + error.message().header().where() + ")";
            }
            if (cause instanceof Cause.Cancel cancel) {
                SourceCancel c = cancel.cancel();
                if (c.message().isPresent()) {
                    return KnownMessage.text(c.message().get()) + " (" + c.message().get().header().where() + ")";
                }
                String who = switch (c.origin()) {
                    case STRICT_ABORT_THREAD -> "the source's strict-mode abort (its migration thread cancelled right after a check)";
                    case MAIN_THREAD -> "cancelled from QEMU's main thread (migrate_cancel)";
                    case OUTSIDE_DOWNTIME -> "cancelled outside the downtime (migrate_cancel)";
                    default -> "cancelled during the downtime, by a user or by the strict-mode abort: the trace cannot tell";
                };
                return who + " (" + c.cancelling().header().where() + ")";
            }
            if (cause instanceof Cause.DestinationNeverStarted never) {
                return "the source completed, the destination never started the guest (" + never.sourceCompleted().header().where() + ")";
            }
            if (cause instanceof Cause.DestinationAbortEvent abort) {
                return "the destination's strict-mode abort (qemu_loadvm_downtime_abort, " + abort.abort().header().where() + ")";
            }
            Cause.FailedState failed = (Cause.FailedState) cause;
            return "the " + failed.host().label() + " failed, its messages are not among the inputs ("
                    + failed.failed().header().where() + ")";
        });
    }

    static String labels(Set<MigrationResult> results) {
        return EnumSet.copyOf(results).stream().map(MigrationResult::label).collect(Collectors.joining(", "));
    }

    /** The results a {@code must_be} list leaves forbidden. */
    static Set<MigrationResult> allOtherThan(Set<MigrationResult> allowed) {
        return EnumSet.complementOf(EnumSet.copyOf(allowed));
    }
}

package io.downtime.gate;

import io.downtime.outcome.Cause;
import io.downtime.outcome.EndedIn;
import io.downtime.outcome.MigrationResult;
import io.downtime.outcome.SourceCancel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code kind: outcome} on the real failures; the outcomes themselves are derived in OutcomeTest. */
class OutcomeRuleTest {

    /** dst-killed-in-precopy failed in precopy: src.stderr:2 is QEMU's migration error. */
    @Test
    void aFailedMigrationFailsMustNotBeFailed(@TempDir Path dir) {
        RuleResult result = GateRules.only(dir, "  - {name: no-failed, kind: outcome, must_not_be: [failed]}\n",
                "dst-killed-in-precopy");
        assertEquals(CheckStatus.FAILED, result.outcome());
        Finding.Outcome outcome = (Finding.Outcome) result.finding();
        assertEquals(MigrationResult.FAILED, outcome.outcome().result());
        assertEquals(Optional.of(EndedIn.PRECOPY), outcome.outcome().endedIn());
        assertTrue(outcome.bad());
        assertTrue(outcome.cause().orElseThrow() instanceof Cause.QemuError error
                && error.message().header().where().toString().endsWith("dst-killed-in-precopy/src.stderr:2"), outcome.toString());
    }

    /** Each attempt of a retry is checked: the cancelled first fails must_be completed, the second passes. */
    @Test
    void everyAttemptOfARetryIsChecked(@TempDir Path dir) {
        GateResult result = Gate.check(GateRules.read(dir, "  - {kind: outcome, must_be: [completed]}\n"),
                new GateContext(GateRules.samples("cancelled-then-retried"), Optional.empty()));
        assertEquals(List.of(CheckStatus.FAILED, CheckStatus.PASSED), result.results().stream().map(RuleResult::outcome).toList());
        assertEquals("cancelled-then-retried #1", result.results().get(0).subject());
        Finding.Outcome first = (Finding.Outcome) result.results().get(0).finding();
        assertEquals(MigrationResult.CANCELLED, first.outcome().result());
        assertTrue(first.cause().orElseThrow() instanceof Cause.Cancel cancel
                && cancel.cancel().origin() == SourceCancel.Origin.MAIN_THREAD, first.toString());
        assertEquals(Set.of(MigrationResult.FAILED, MigrationResult.CANCELLED, MigrationResult.ABORTED_BY_STRICT_MODE,
                MigrationResult.UNKNOWN), first.forbidden());
    }

    /** The strict abort without its stderr still counts as one: the threads tell it (src.log:74). */
    @Test
    void aStrictAbortIsNotACancel(@TempDir Path dir) throws Exception {
        Path logs = Files.createDirectories(dir.resolve("strict-source-fires-first-5-1"));
        for (String log : List.of("src.log", "dst.log")) {
            Files.copy(io.downtime.testing.SampleTraces.path("strict-source-fires-first-5-1/" + log), logs.resolve(log));
        }
        RuleBook book = GateRules.read(dir, "  - {kind: outcome, must_not_be: [aborted-by-strict-mode]}\n");
        GateResult result = Gate.check(book, new GateContext(io.downtime.runset.RunSetLoader.load(List.of(logs.toString()),
                io.downtime.runset.RunSetOptions.defaults(), d -> { }), Optional.empty()));
        RuleResult only = result.results().get(0);
        assertEquals(CheckStatus.FAILED, only.outcome());
        Finding.Outcome outcome = (Finding.Outcome) only.finding();
        assertEquals(MigrationResult.ABORTED_BY_STRICT_MODE, outcome.outcome().result());
        assertTrue(outcome.cause().orElseThrow() instanceof Cause.Cancel cancel
                && cancel.cancel().origin() == SourceCancel.Origin.STRICT_ABORT_THREAD, outcome.toString());
    }

    @Test
    void wrongFieldsAreErrors(@TempDir Path dir) throws Exception {
        String both = "version: 1\nrules:\n  - {kind: outcome, must_be: [completed], must_not_be: [failed]}\n";
        RulesException e = assertThrows(RulesException.class, () -> RulesFile.read(Files.writeString(dir.resolve("a.yaml"), both)));
        assertTrue(e.getMessage().endsWith("rule 1 (outcome): must_be: give either must_not_be (results no migration may have)"
                + " or must_be (the only results allowed)"), e.getMessage());
        String unknown = "version: 1\nrules:\n  - {kind: outcome, must_not_be: [crashed]}\n";
        e = assertThrows(RulesException.class, () -> RulesFile.read(Files.writeString(dir.resolve("b.yaml"), unknown)));
        assertTrue(e.getMessage().endsWith("must_not_be: \"crashed\" is not a result (known: completed, failed, cancelled,"
                + " aborted-by-strict-mode, unknown)"), e.getMessage());
        String all = "version: 1\nrules:\n  - {kind: outcome, must_be: [completed, failed, cancelled,"
                + " aborted-by-strict-mode, unknown]}\n";
        e = assertThrows(RulesException.class, () -> RulesFile.read(Files.writeString(dir.resolve("c.yaml"), all)));
        assertTrue(e.getMessage().endsWith("must_be: allows every result: the rule could never fail"), e.getMessage());
    }
}

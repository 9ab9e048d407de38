package io.downtime.gate;

import io.downtime.report.words.ClockWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
        assertEquals(Optional.of("failed in precopy"), result.measured());
        assertTrue(result.message().startsWith("dst-killed-in-precopy: failed in precopy, guest never: Unable to write to"
                + " socket: Connection reset by peer ("), result.message());
        assertTrue(result.message().endsWith("dst-killed-in-precopy/src.stderr:2) (forbidden: failed)"), result.message());
    }

    /** Each attempt of a retry is checked: the cancelled first fails must_be completed, the second passes. */
    @Test
    void everyAttemptOfARetryIsChecked(@TempDir Path dir) {
        GateResult result = Gate.check(GateRules.read(dir, "  - {kind: outcome, must_be: [completed]}\n"),
                new GateContext(GateRules.samples("cancelled-then-retried"), Optional.empty(), ClockWords::note));
        assertEquals(List.of(CheckStatus.FAILED, CheckStatus.PASSED), result.results().stream().map(RuleResult::outcome).toList());
        assertEquals("cancelled-then-retried #1", result.results().get(0).subject());
        assertTrue(result.results().get(0).message().contains("cancelled in precopy, guest never: cancelled from QEMU's"
                + " main thread (migrate_cancel) ("), result.results().get(0).message());
        assertEquals("no migration failed or cancelled or aborted-by-strict-mode or unknown",
                result.results().get(0).rule().demand());
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
                io.downtime.runset.RunSetOptions.defaults(), d -> { }), Optional.empty(), ClockWords::note));
        RuleResult only = result.results().get(0);
        assertEquals(CheckStatus.FAILED, only.outcome());
        assertTrue(only.message().contains("aborted-by-strict-mode at switchover, guest stopped-then-resumed-on-source:"
                + " the source's strict-mode abort (its migration thread cancelled right after a check) ("),
                only.message());
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

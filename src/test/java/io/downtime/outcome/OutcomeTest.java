package io.downtime.outcome;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.Interval;
import io.downtime.model.LineRef;
import io.downtime.model.QemuMessage;
import io.downtime.run.FoundMigrations;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outcome of every real failure among the samples, derived by hand from their lines, with and
 * without QEMU's stderr files (a user often has only the traces).
 */
class OutcomeTest {

    /**
     * cancelled-in-precopy/src.log: setup at line 2 by thread 25370 (1796168597.060378), active at line 9 by
     * 25381 (.067035), cancelling at line 81 by 25370 again (1796168598.061007), cancelled at line 87: the main
     * thread cancelled (migrate_cancel), 1796168598.061007 - 1796168597.067035 = 993,972 µs into precopy, before
     * any src-downtime-start. dst.log:30 is the destination's failed.
     */
    @Test
    void cancelledInPrecopy() {
        MigrationOutcome outcome = outcome(SampleTraces.path("cancelled-in-precopy").toString());
        assertEquals(MigrationResult.CANCELLED, outcome.result());
        assertEquals(Optional.of(EndedIn.PRECOPY), outcome.endedIn());
        assertEquals(GuestStopped.NEVER, outcome.guestStopped());
        assertEquals(OptionalLong.of(993_972), outcome.intoPhase());
        SourceCancel cancel = ((Cause.Cancel) outcome.cause().orElseThrow()).cancel();
        assertEquals(SourceCancel.Origin.MAIN_THREAD, cancel.origin());
        assertEquals(OptionalLong.of(25370), cancel.thread());
        String src = path("cancelled-in-precopy/src.log");
        String dst = path("cancelled-in-precopy/dst.log");
        assertEquals(List.of(new LineRef(src, 2), new LineRef(src, 81), new LineRef(src, 87), new LineRef(dst, 30)),
                outcome.evidence());
        assertEquals(Optional.empty(), outcome.stoppedOnSource());
    }

    /**
     * dst-killed-in-precopy: the source failed at src.log:248 (1796168611.566464), 3,327,039 µs after active
     * (src.log:9, 1796168608.239425); src.stderr holds "failed to save SaveStateEntry with id(name): 2(ram): -5"
     * then "Unable to write to socket: Connection reset by peer": QEMU prints its migration error last. The
     * destination's run never ended: its last migration event is active, dst.log:4.
     */
    @Test
    void destinationKilledInPrecopy(@TempDir Path dir) throws IOException {
        for (boolean withStderr : new boolean[]{true, false}) {
            String path = withStderr ? SampleTraces.path("dst-killed-in-precopy").toString()
                    : logsOnly("dst-killed-in-precopy", dir.resolve("logs")).toString();
            MigrationOutcome outcome = outcome(path);
            assertEquals(MigrationResult.FAILED, outcome.result());
            assertEquals(Optional.of(EndedIn.PRECOPY), outcome.endedIn());
            assertEquals(GuestStopped.NEVER, outcome.guestStopped());
            assertEquals(OptionalLong.of(3_327_039), outcome.intoPhase());
            assertEquals(List.of(new UnfinishedRun(Role.DESTINATION, new LineRef(path + "/dst.log", 4))),
                    outcome.unfinished());
            if (withStderr) {
                Cause.QemuError error = (Cause.QemuError) outcome.cause().orElseThrow();
                assertEquals(Role.SOURCE, error.host());
                assertEquals("Unable to write to socket: Connection reset by peer", ((QemuMessage) error.message()).text());
                assertEquals(new LineRef(path + "/src.stderr", 2), error.message().header().where());
            } else {
                Cause.FailedState failed = (Cause.FailedState) outcome.cause().orElseThrow();
                assertEquals(Role.SOURCE, failed.host());
                assertEquals(new LineRef(path + "/src.log", 248), failed.failed().header().where());
            }
        }
    }

    /**
     * dst-killed-at-switchover/src.log: src-downtime-start at line 3 (1795654078.634171), failed at line 6
     * (.636981): the guest was stopped at least 2,810 µs, then QEMU resumed it (after failed; no later state).
     */
    @Test
    void destinationKilledAtSwitchover() {
        MigrationOutcome outcome = outcome(SampleTraces.path("dst-killed-at-switchover").toString());
        assertEquals(MigrationResult.FAILED, outcome.result());
        assertEquals(Optional.of(EndedIn.SWITCHOVER), outcome.endedIn());
        assertEquals(GuestStopped.RESUMED_ON_SOURCE, outcome.guestStopped());
        assertEquals(Optional.of(Interval.atLeast(2_810)), outcome.stoppedOnSource());
        assertEquals(OptionalLong.of(2_810), outcome.intoPhase());
        assertEquals("Unable to write to socket: Broken pipe",
                ((QemuMessage) ((Cause.QemuError) outcome.cause().orElseThrow()).message()).text());
    }

    /**
     * strict-source-fires-first-5-1/src.log: setup by thread 26754 (line 1), active by 26784 (line 2),
     * src-downtime-start 1795654919.574357 (line 3), the save of 0000:00:03.0/e1000e by 26784 (line 73,
     * .579676), cancelling by 26784 (line 74, .579932), cancelled by 26754 (line 75, .582781). With
     * src.stderr the RFC's message says it (line 11: "Downtime Limit of 5 ms exceeded by 1 ms"); without it
     * the migration thread, right after a check during the downtime, says it. Either way the guest was
     * stopped from .574357 until between .579932 and .582781: 5,575 to 8,424 µs.
     */
    @Test
    void strictAbortOnTheSourceWithAndWithoutStderr(@TempDir Path dir) throws IOException {
        String withStderr = SampleTraces.path("strict-source-fires-first-5-1").toString();
        String without = logsOnly("strict-source-fires-first-5-1", dir).toString();
        for (String path : List.of(withStderr, without)) {
            MigrationOutcome outcome = outcome(path);
            assertEquals(MigrationResult.ABORTED_BY_STRICT_MODE, outcome.result(), path);
            assertEquals(Optional.of(EndedIn.SWITCHOVER), outcome.endedIn());
            assertEquals(GuestStopped.RESUMED_ON_SOURCE, outcome.guestStopped());
            assertEquals(Optional.of(Interval.between(5_575, 8_424)), outcome.stoppedOnSource());
            SourceCancel cancel = ((Cause.Cancel) outcome.cause().orElseThrow()).cancel();
            assertEquals(new LineRef(path + "/src.log", 73), cancel.lastCheck().orElseThrow().header().where());
            assertEquals(new LineRef(path + "/src.log", 74), cancel.cancelling().header().where());
            assertTrue(cancel.duringDowntime());
            assertEquals(path.equals(withStderr) ? SourceCancel.Origin.STRICT_ABORT_MESSAGE
                    : SourceCancel.Origin.STRICT_ABORT_THREAD, cancel.origin());
        }
    }

    /**
     * strict-destination-fires-50-10: the source failed (src.log:52, 1795654950.238072) 141,550 µs after
     * src-downtime-start (src.log:3, .096522); the destination's check fired after its load of cpu_common
     * (dst.log:7): qemu_loadvm_downtime_abort at dst.log:8. With dst.stderr its message is the cause.
     */
    @Test
    void strictAbortOnTheDestinationWithAndWithoutStderr(@TempDir Path dir) throws IOException {
        String withStderr = SampleTraces.path("strict-destination-fires-50-10").toString();
        MigrationOutcome outcome = outcome(withStderr);
        assertEquals(MigrationResult.ABORTED_BY_STRICT_MODE, outcome.result());
        assertEquals(Optional.of(Interval.atLeast(141_550)), outcome.stoppedOnSource());
        Cause.QemuError error = (Cause.QemuError) outcome.cause().orElseThrow();
        assertEquals(Role.DESTINATION, error.host());
        assertEquals(new LineRef(withStderr + "/dst.stderr", 1), error.message().header().where());

        String without = logsOnly("strict-destination-fires-50-10", dir).toString();
        MigrationOutcome bare = outcome(without);
        assertEquals(MigrationResult.ABORTED_BY_STRICT_MODE, bare.result());
        Cause.DestinationAbortEvent abort = (Cause.DestinationAbortEvent) bare.cause().orElseThrow();
        assertEquals(new LineRef(without + "/dst.log", 8), abort.abort().header().where());
        assertEquals(new LineRef(without + "/dst.log", 7), abort.lastLoad().orElseThrow().header().where());
        assertEquals(GuestStopped.RESUMED_ON_SOURCE, bare.guestStopped());
    }

    /**
     * cancelled-then-retried: attempt 1 cancelled by the main thread 25424 (setup src.log:2, cancelling src.log:86
     * at 1796168600.973634, 997,803 µs after active at src.log:13, .975831); attempt 2 completed on dst-2.log.
     */
    @Test
    void aRetryHasAnOutcomePerAttempt() {
        FoundMigrations found = SampleMigrations.found("cancelled-then-retried");
        MigrationOutcome first = OutcomeAnalysis.of(AlignedMigration.align(found.migrations().get(0), AlignmentOptions.automatic()));
        MigrationOutcome second = OutcomeAnalysis.of(AlignedMigration.align(found.migrations().get(1), AlignmentOptions.automatic()));
        assertEquals(MigrationResult.CANCELLED, first.result());
        assertEquals(OptionalLong.of(997_803), first.intoPhase());
        assertEquals(SourceCancel.Origin.MAIN_THREAD, ((Cause.Cancel) first.cause().orElseThrow()).cancel().origin());
        assertEquals(MigrationResult.COMPLETED, second.result());
        assertEquals(GuestStopped.MOVED_TO_DESTINATION, second.guestStopped());
        assertEquals(Optional.empty(), second.endedIn());
        assertEquals(Optional.empty(), second.cause());
    }

    /** Every completed sample: completed, moved to the destination, no cause, no phase. */
    @Test
    void completedSamples() {
        for (String name : List.of("dst-stalled-400ms", "precopy-return-path", "postcopy-random-ram", "precopy-no-timestamps",
                "strict-missed-62ms-blackout-8-2", "libvirt-one-migration")) {
            MigrationOutcome outcome = outcome(SampleTraces.path(name).toString());
            assertEquals(MigrationResult.COMPLETED, outcome.result(), name);
            assertEquals(GuestStopped.MOVED_TO_DESTINATION, outcome.guestStopped(), name);
            assertEquals(Optional.empty(), outcome.cause(), name);
            assertEquals(Optional.empty(), outcome.endedIn(), name);
        }
    }

    /**
     * postcopy-random-ram with both hosts' "completed" made "failed" (src.log:52, dst.log:43): postcopy failed
     * after dst-postcopy-bh-vm-started (dst.log:41), the guest already ran on the destination: lost.
     */
    @Test
    void postcopyFailingAfterTheGuestStartedLosesIt(@TempDir Path dir) {
        for (String log : List.of("src.log", "dst.log")) {
            String text = TraceForms.readString(SampleTraces.path("postcopy-random-ram/" + log))
                    .replace("new state completed", "new state failed");
            TraceForms.write(dir.resolve(log), text.getBytes(StandardCharsets.UTF_8));
        }
        MigrationOutcome outcome = outcome(dir.toString());
        assertEquals(MigrationResult.FAILED, outcome.result());
        assertEquals(Optional.of(EndedIn.POSTCOPY), outcome.endedIn());
        assertEquals(GuestStopped.LOST, outcome.guestStopped());
        assertInstanceOf(Cause.FailedState.class, outcome.cause().orElseThrow());
    }

    /**
     * dst-stalled-400ms's logs cut before either run's end (the source at its src-non-iterable-saved, line 49;
     * the destination before its guest start): nothing ended, the outcome is unknown, and so is the guest.
     */
    @Test
    void logsCutBeforeAnyEndAreUnknown(@TempDir Path dir) {
        List<String> src = TraceForms.readString(SampleTraces.path("dst-stalled-400ms/src.log")).lines().limit(49).toList();
        List<String> dst = TraceForms.readString(SampleTraces.path("dst-stalled-400ms/dst.log")).lines().limit(35).toList();
        TraceForms.write(dir.resolve("src.log"), (String.join("\n", src) + "\n").getBytes(StandardCharsets.UTF_8));
        TraceForms.write(dir.resolve("dst.log"), (String.join("\n", dst) + "\n").getBytes(StandardCharsets.UTF_8));
        MigrationOutcome outcome = outcome(dir.toString());
        assertEquals(MigrationResult.UNKNOWN, outcome.result());
        assertEquals(GuestStopped.UNKNOWN, outcome.guestStopped());
        assertEquals(Optional.of(EndedIn.SWITCHOVER), outcome.endedIn());
        assertEquals(2, outcome.unfinished().size());
    }

    /**
     * dst-stalled-400ms (no return-path: its source completed at src.log:52 once it had sent everything) with the
     * destination's log cut after its loads (35 of its 40 lines, before dst-precopy-loadvm-completed): a destination
     * killed while loading leaves that, and so does a log cut short. The source's completed does not say the guest
     * moved: the outcome is unknown, and says why.
     */
    @Test
    void aSourceCompletedWhileItsDestinationNeverStartedTheGuestIsUnknown(@TempDir Path dir) {
        TraceForms.write(dir.resolve("src.log"), TraceForms.readString(SampleTraces.path("dst-stalled-400ms/src.log"))
                .getBytes(StandardCharsets.UTF_8));
        List<String> dst = TraceForms.readString(SampleTraces.path("dst-stalled-400ms/dst.log")).lines().limit(35).toList();
        TraceForms.write(dir.resolve("dst.log"), (String.join("\n", dst) + "\n").getBytes(StandardCharsets.UTF_8));
        MigrationOutcome outcome = outcome(dir.toString());
        assertEquals(MigrationResult.UNKNOWN, outcome.result());
        assertEquals(Optional.of(EndedIn.SWITCHOVER), outcome.endedIn());
        assertEquals(GuestStopped.UNKNOWN, outcome.guestStopped());
        Cause.DestinationNeverStarted cause = (Cause.DestinationNeverStarted) outcome.cause().orElseThrow();
        assertEquals(new LineRef(dir.resolve("src.log").toString(), 52), cause.sourceCompleted().header().where());
    }

    private static MigrationOutcome outcome(String path) {
        MigrationPair pair = SampleMigrations.found(List.of(path)).migrations().get(0);
        return OutcomeAnalysis.of(AlignedMigration.align(pair, AlignmentOptions.automatic()));
    }

    private static String path(String relative) {
        return SampleTraces.path(relative).toString();
    }

    /** The case's src.log and dst.log alone, as a user who has only the traces. */
    static Path logsOnly(String name, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String log : List.of("src.log", "dst.log")) {
            Files.copy(SampleTraces.path(name + "/" + log), dir.resolve(log));
        }
        return dir;
    }
}

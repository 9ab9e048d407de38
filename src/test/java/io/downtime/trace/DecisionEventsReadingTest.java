package io.downtime.trace;

import io.downtime.model.*;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static io.downtime.model.EventKind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * QEMU's switchover-decision events, read from the real full traces ({@code sample-traces/full-trace-*},
 * traced with {@code -trace 'migrat*' -trace 'savevm_*' -trace 'qemu_savevm_*' -trace 'qemu_loadvm_*'
 * -trace 'loadvm_*'}). Each expected record is the line quoted above it, read by hand: the thread id
 * before {@code @}, the seconds and microseconds of the stamp, the arguments in QEMU's format.
 */
class DecisionEventsReadingTest {
    private static final String LIMIT100 = "full-trace-precopy-limit100/";
    private static final String STALLED = "full-trace-dst-stalled-200/";
    private static final String KVM = "full-trace-kvm-8vcpu-many-devices/";

    @Test
    void theSourceDecisionOfPrecopyLimit100() {
        List<TraceEvent> events = read(LIMIT100 + "src.log");
        // 224: 25201@1796168589.254601:migrate_transferred transferred 26269740 time_spent 100 bandwidth 262697 switchover_bw 0 max_size 26269740
        // bandwidth 26,269,740 / 100 = 262,697.4 bytes/ms, printed truncated; max_size 262,697.4 × 100 ms (downtime_limit_ms in meta.json)
        assertEquals(new BandwidthEstimate(header(LIMIT100 + "src.log", 224, 1796168589_254601L, 25201),
                26269740, 100, 262697, OptionalLong.of(0), 26269740), at(events, 224));
        // 229: 25201@1796168589.307066:migrate_pending_estimate estimate pending size 15261696 (pre = 15261696 post=0)
        assertEquals(new PendingSize(header(LIMIT100 + "src.log", 229, 1796168589_307066L, 25201), PendingMeasure.ESTIMATE,
                15261696, 15261696, 0), at(events, 229));
        // 232: 25201@1796168589.310538:migrate_pending_exact exact pending size 15282176 (pre = 15282176 post=0)
        assertEquals(new PendingSize(header(LIMIT100 + "src.log", 232, 1796168589_310538L, 25201), PendingMeasure.EXACT,
                15282176, 15282176, 0), at(events, 232));
        // 233: 25201@1796168589.310540:migration_thread_low_pending 15282176
        assertEquals(new SwitchoverDecision(header(LIMIT100 + "src.log", 233, 1796168589_310540L, 25201), 15282176),
                at(events, 233));
        // 240: 25201@1796168589.310805:savevm_send_switchover_start (a space, then the line end)
        assertEquals(new MigrationStep(header(LIMIT100 + "src.log", 240, 1796168589_310805L, 25201), SWITCHOVER_START_SENT),
                at(events, 240));
    }

    @Test
    void sectionsSavedAndStepsOnTheSource() {
        List<TraceEvent> events = read(KVM + "src.log");
        // 5: 25327@1796168594.894864:savevm_state_header
        assertEquals(new MigrationStep(header(KVM + "src.log", 5, 1796168594_894864L, 25327), SAVEVM_STATE_HEADER), at(events, 5));
        // 16: 25327@1796168594.895922:savevm_state_iterate
        assertEquals(new MigrationStep(header(KVM + "src.log", 16, 1796168594_895922L, 25327), SAVEVM_STATE_ITERATE), at(events, 16));
        // 17: 25327@1796168594.895924:savevm_section_start ram, section_id 4
        assertEquals(new SectionSaveStart(header(KVM + "src.log", 17, 1796168594_895924L, 25327), "ram", 4), at(events, 17));
        // 28: 25327@1796168594.978283:savevm_section_end ram, section_id 4 -> 1   (RAM's last iteration: all sent)
        assertEquals(new SectionSaveEnd(header(KVM + "src.log", 28, 1796168594_978283L, 25327), "ram", 4, 1), at(events, 28));
        // 29: 25327@1796168594.978300:migrate_pending_estimate estimate pending size 0 (pre = 0 post=0)
        // 30: 25327@1796168594.978302:migration_thread_low_pending 0   (no exact count: the estimate is 0 already)
        assertEquals(new PendingSize(header(KVM + "src.log", 29, 1796168594_978300L, 25327), PendingMeasure.ESTIMATE, 0, 0, 0),
                at(events, 29));
        assertEquals(new SwitchoverDecision(header(KVM + "src.log", 30, 1796168594_978302L, 25327), 0), at(events, 30));
        // 270: 25298@1796168595.027030:savevm_state_cleanup   (the main thread, not the migration thread)
        assertEquals(new MigrationStep(header(KVM + "src.log", 270, 1796168595_027030L, 25298), SAVEVM_STATE_CLEANUP),
                at(events, 270));
        // no migrate_transferred at all: precopy ended within its first 100 ms
        assertEquals(0, events.stream().filter(BandwidthEstimate.class::isInstance).count());
    }

    @Test
    void sectionsAndCommandsLoadedOnTheDestination() {
        List<TraceEvent> events = read(KVM + "dst.log");
        // 14: 25299@1796168594.905846:qemu_loadvm_state_section 1   (a START section)
        assertEquals(new SectionRead(header(KVM + "dst.log", 14, 1796168594_905846L, 25299), 1), at(events, 14));
        // 15: 25299@1796168594.905847:qemu_loadvm_state_section_startfull 4(ram) 0 4
        assertEquals(new SectionLoadStart(header(KVM + "dst.log", 15, 1796168594_905847L, 25299), 4, "ram", 0, 4),
                at(events, 15));
        // 21: 25299@1796168594.981994:loadvm_process_command com=SWITCHOVER_START len=0
        assertEquals(new CommandReceived(header(KVM + "dst.log", 21, 1796168594_981994L, 25299), "SWITCHOVER_START", 0),
                at(events, 21));
        // 22: 25299@1796168594.982015:qemu_loadvm_state_section_command 0
        assertEquals(new LoadResult(header(KVM + "dst.log", 22, 1796168594_982015L, 25299), SECTION_COMMAND_LOADED, 0),
                at(events, 22));
        // 24: 25299@1796168594.988109:qemu_loadvm_state_section_partend 4   (RAM's END section, after the switchover)
        assertEquals(new SectionLoadPartEnd(header(KVM + "dst.log", 24, 1796168594_988109L, 25299), 4), at(events, 24));
        // 204: 25299@1796168595.015512:qemu_loadvm_state_section_startfull 69(0000:00:07.0/1/usb-ptr) 0 1
        assertEquals(new SectionLoadStart(header(KVM + "dst.log", 204, 1796168595_015512L, 25299), 69,
                "0000:00:07.0/1/usb-ptr", 0, 1), at(events, 204));
        // 10: 25299@1796168594.905812:loadvm_process_command com=PING len=4
        assertEquals(new CommandReceived(header(KVM + "dst.log", 10, 1796168594_905812L, 25299), "PING", 4), at(events, 10));
        // 226: 25299@1796168595.021274:qemu_loadvm_state_post_main 0
        assertEquals(new LoadResult(header(KVM + "dst.log", 226, 1796168595_021274L, 25299), LOADVM_FINISHED, 0),
                at(events, 226));
    }

    @Test
    void theStalledCaseDecidesOnItsLastEstimate() {
        List<TraceEvent> events = read(STALLED + "src.log");
        // 163: 25256@1796168593.251858:migrate_transferred transferred 26266761 time_spent 100 bandwidth 262667 switchover_bw 0 max_size 26266761
        assertEquals(new BandwidthEstimate(header(STALLED + "src.log", 163, 1796168593_251858L, 25256),
                26266761, 100, 262667, OptionalLong.of(0), 26266761), at(events, 163));
        // 168: 25256@1796168593.251937:migration_thread_low_pending 12156928   (12,156,928 < 26,266,761)
        assertEquals(new SwitchoverDecision(header(STALLED + "src.log", 168, 1796168593_251937L, 25256), 12156928),
                at(events, 168));
    }

    /**
     * Where every line of the precopy-limit100 pair went, counted by hand from the files: the event
     * name after each stamp, sorted and counted with {@code sort | uniq -c}.
     */
    @Test
    void everyLineOfThePairIsAccountedFor() {
        LineAccounting src = ReadResult.read(SampleTraces.path(LIMIT100 + "src.log")).accounting();
        // 374 lines: 72 + 72 section start/end, 43 saves, 40 pending estimates, 39 iterations, 19 transferred,
        // 5 checkpoints, 4 states, 1 each of setup, header, cleanup, switchover start, low pending, pending exact: 300
        assertEquals(374, src.lines());
        assertEquals(Map.ofEntries(Map.entry(DEVICE_SAVE, 43L), Map.entry(CHECKPOINT, 5L), Map.entry(STATE_CHANGE, 4L),
                Map.entry(BANDWIDTH_ESTIMATE, 19L), Map.entry(PENDING_ESTIMATE, 40L), Map.entry(PENDING_EXACT, 1L),
                Map.entry(SWITCHOVER_DECISION, 1L), Map.entry(SECTION_SAVE_START, 72L), Map.entry(SECTION_SAVE_END, 72L),
                Map.entry(SAVEVM_STATE_SETUP, 1L), Map.entry(SAVEVM_STATE_HEADER, 1L), Map.entry(SAVEVM_STATE_ITERATE, 39L),
                Map.entry(SAVEVM_STATE_CLEANUP, 1L), Map.entry(SWITCHOVER_START_SENT, 1L)), src.understood());
        // the other 74: 19 + 19 rate-limit pre/post, 8 section skips, 4 bitmap clears, 3 command sends,
        // 3 + 3 bitmap sync start/end, 2 block activations, 13 names once
        assertEquals(74, src.otherEvents());
        assertEquals(8L, src.otherEventNames().get("savevm_section_skip"));
        assertEquals(3L, src.otherEventNames().get("savevm_command_send"));
        assertEquals(0, src.nonTrace() + src.rejected());

        LineAccounting dst = ReadResult.read(SampleTraces.path(LIMIT100 + "dst.log")).accounting();
        // 207 lines: 77 sections read, 40 part/end, 33 loads, 33 start/full, 4 checkpoints, 3 command results,
        // 3 states, 3 commands, 1 each of post_main, loadvm setup and cleanup: 199; other 8
        assertEquals(207, dst.lines());
        assertEquals(Map.ofEntries(Map.entry(DEVICE_LOAD, 33L), Map.entry(CHECKPOINT, 4L), Map.entry(STATE_CHANGE, 3L),
                Map.entry(SECTION_READ, 77L), Map.entry(SECTION_LOAD_START, 33L), Map.entry(SECTION_LOAD_PART_END, 40L),
                Map.entry(SECTION_COMMAND_LOADED, 3L), Map.entry(LOADVM_FINISHED, 1L), Map.entry(LOADVM_STATE_SETUP, 1L),
                Map.entry(LOADVM_STATE_CLEANUP, 1L), Map.entry(COMMAND_RECEIVED, 3L)), dst.understood());
        assertEquals(8, dst.otherEvents());
        assertEquals(0, dst.nonTrace() + dst.rejected());
    }

    @Test
    void aStepIsOnlyAStep() {
        EventHeader header = header("x.log", 1, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> new MigrationStep(header, DEVICE_SAVE));
        assertThrows(IllegalArgumentException.class, () -> new LoadResult(header, SAVEVM_STATE_SETUP, 0));
    }

    private static List<TraceEvent> read(String file) {
        ReadResult read = ReadResult.read(SampleTraces.path(file));
        assertEquals(List.of(), read.diagnostics());
        return read.events();
    }

    private static TraceEvent at(List<TraceEvent> events, long line) {
        return events.stream().filter(e -> e.header().where().line() == line).findFirst().orElseThrow();
    }

    private static EventHeader header(String file, long line, long micros, long thread) {
        return new EventHeader(new LineRef(SampleTraces.path(file).toString(), line), OptionalLong.of(micros),
                OptionalLong.of(thread), LineForm.LOG_THREAD_STAMP);
    }
}

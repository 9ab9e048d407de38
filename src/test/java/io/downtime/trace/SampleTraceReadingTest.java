package io.downtime.trace;

import io.downtime.model.*;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every real sample trace is read completely: the number of events of each kind equals what
 * {@code grep -c} finds in the file, and the first and last events are checked field by field.
 *
 * <p>The counts below were derived from the files with, per kind:
 * {@code grep -c vmstate_downtime_save FILE}, {@code grep -c vmstate_downtime_load FILE},
 * {@code grep -c vmstate_downtime_checkpoint FILE}, {@code grep -c migrate_set_state FILE},
 * {@code grep -c qemu_savevm_send_downtime FILE}, {@code grep -c loadvm_handle_src_downtime FILE},
 * {@code grep -c qemu_loadvm_downtime_abort FILE}, {@code grep -c 'abort_limit.*was reached' FILE},
 * {@code grep -c 'Downtime Limit of' FILE}, and other QEMU messages as
 * {@code grep -c 'qemu-system-x86_64: ' FILE} minus the two abort messages; lines with {@code wc -l}.
 */
class SampleTraceReadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "dst-killed-at-switchover/dst.log, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0",
            "dst-killed-at-switchover/src.log, 6, 0, 0, 2, 4, 0, 0, 0, 0, 0, 0",
            "dst-killed-at-switchover/src.stderr, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1",
            "dst-stalled-400ms/dst.log, 40, 0, 33, 4, 3, 0, 0, 0, 0, 0, 0",
            "dst-stalled-400ms/src.log, 52, 43, 0, 5, 4, 0, 0, 0, 0, 0, 0",
            "postcopy-random-ram/dst.log, 43, 0, 33, 6, 4, 0, 0, 0, 0, 0, 0",
            "postcopy-random-ram/src.log, 52, 42, 0, 5, 5, 0, 0, 0, 0, 0, 0",
            "precopy-kvm-8vcpu-many-devices/dst.log, 74, 0, 67, 4, 3, 0, 0, 0, 0, 0, 0",
            "precopy-kvm-8vcpu-many-devices/dst.stderr, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10",
            "precopy-kvm-8vcpu-many-devices/src.log, 86, 77, 0, 5, 4, 0, 0, 0, 0, 0, 0",
            "precopy-kvm-8vcpu-many-devices/src.stderr, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10",
            "precopy-multifd-4ch/dst.log, 40, 0, 33, 4, 3, 0, 0, 0, 0, 0, 0",
            "precopy-multifd-4ch/src.log, 52, 43, 0, 5, 4, 0, 0, 0, 0, 0, 0",
            "precopy-no-timestamps/dst.log, 40, 0, 33, 4, 3, 0, 0, 0, 0, 0, 0",
            "precopy-no-timestamps/src.log, 52, 43, 0, 5, 4, 0, 0, 0, 0, 0, 0",
            "precopy-q35-small/dst.log, 40, 0, 33, 4, 3, 0, 0, 0, 0, 0, 0",
            "precopy-q35-small/src.log, 52, 43, 0, 5, 4, 0, 0, 0, 0, 0, 0",
            "precopy-return-path/dst.log, 40, 0, 33, 4, 3, 0, 0, 0, 0, 0, 0",
            "precopy-return-path/src.log, 52, 43, 0, 5, 4, 0, 0, 0, 0, 0, 0",
            "precopy-skewed-clocks/dst.log, 40, 0, 33, 4, 3, 0, 0, 0, 0, 0, 0",
            "precopy-skewed-clocks/src.log, 52, 43, 0, 5, 4, 0, 0, 0, 0, 0, 0",
            "strict-completed-300-10/dst.log, 41, 0, 33, 4, 3, 0, 1, 0, 0, 0, 0",
            "strict-completed-300-10/src.log, 53, 43, 0, 5, 4, 1, 0, 0, 0, 0, 0",
            "strict-destination-fires-50-10/dst.log, 10, 0, 4, 1, 3, 0, 1, 1, 0, 0, 0",
            "strict-destination-fires-50-10/dst.stderr, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1",
            "strict-destination-fires-50-10/src.log, 52, 43, 0, 4, 4, 1, 0, 0, 0, 0, 0",
            "strict-destination-fires-50-10/src.stderr, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1",
            "strict-missed-62ms-blackout-8-2/dst.log, 41, 0, 33, 4, 3, 0, 1, 0, 0, 0, 0",
            "strict-missed-62ms-blackout-8-2/src.log, 53, 43, 0, 5, 4, 1, 0, 0, 0, 0, 0",
            "strict-source-fires-first-5-1/dst.log, 60, 0, 54, 1, 3, 0, 1, 1, 0, 0, 0",
            "strict-source-fires-first-5-1/dst.stderr, 12, 0, 0, 0, 0, 0, 0, 0, 1, 0, 11",
            "strict-source-fires-first-5-1/src.log, 75, 66, 0, 3, 5, 1, 0, 0, 0, 0, 0",
            "strict-source-fires-first-5-1/src.stderr, 11, 0, 0, 0, 0, 0, 0, 0, 0, 1, 10"
    })
    void countsMatchGrep(String file, long lines, long save, long load, long checkpoint, long state, long sent,
                         long received, long destinationAbort, long abortReached, long limitExceeded, long otherMessages) {
        ReadResult result = ReadResult.read(SampleTraces.path(file));
        LineAccounting accounting = result.accounting();
        assertEquals(lines, accounting.lines(), "lines");
        assertEquals(save, accounting.understood(EventKind.DEVICE_SAVE), "vmstate_downtime_save");
        assertEquals(load, accounting.understood(EventKind.DEVICE_LOAD), "vmstate_downtime_load");
        assertEquals(checkpoint, accounting.understood(EventKind.CHECKPOINT), "vmstate_downtime_checkpoint");
        assertEquals(state, accounting.understood(EventKind.STATE_CHANGE), "migrate_set_state");
        assertEquals(sent, accounting.understood(EventKind.DOWNTIME_SENT), "qemu_savevm_send_downtime");
        assertEquals(received, accounting.understood(EventKind.DOWNTIME_RECEIVED), "loadvm_handle_src_downtime");
        assertEquals(destinationAbort, accounting.understood(EventKind.DESTINATION_ABORT), "qemu_loadvm_downtime_abort");
        assertEquals(abortReached, accounting.understood(EventKind.ABORT_LIMIT_REACHED), "abort_limit reached message");
        assertEquals(limitExceeded, accounting.understood(EventKind.DOWNTIME_LIMIT_EXCEEDED), "Downtime Limit message");
        assertEquals(otherMessages, accounting.understood(EventKind.QEMU_MESSAGE), "other QEMU messages");
        // Nothing else in these files: every line is an understood event.
        assertEquals(lines, accounting.understoodTotal());
        assertEquals(0, accounting.rejected() + accounting.otherEvents() + accounting.nonTrace());
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());
        assertEquals(accounting.understoodTotal(), result.events().size());
    }

    /** Expected first and last event of a file; each is the literal line quoted above it. */
    record Expected(String file, TraceEvent first, TraceEvent last) {
        @Override
        public String toString() {
            return file;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstAndLast")
    void firstAndLastEventsFieldByField(Expected expected) {
        // Read under an empty input name, the name the expectations' headers carry.
        TraceInput unnamed = new TraceInput("", Optional.of(SampleTraces.path(expected.file())));
        List<TraceEvent> events = ReadResult.read(unnamed, ReadOptions.defaults()).events();
        assertEquals(expected.first(), events.get(0));
        assertEquals(expected.last(), events.get(events.size() - 1));
    }

    static Stream<Expected> firstAndLast() {
        return Stream.of(
            // first: 6048@1795654073.927059:migrate_set_state new state setup
            // last:  6048@1795654074.928942:migrate_set_state new state active
            new Expected("dst-killed-at-switchover/dst.log", state(stamp(1, 6048L, 1795654073_927059L), "setup"),
                    state(stamp(2, 6048L, 1795654074_928942L), "active")),

            // first: 6047@1795654074.927802:migrate_set_state new state setup
            // last:  6058@1795654078.636981:migrate_set_state new state failed
            new Expected("dst-killed-at-switchover/src.log", state(stamp(1, 6047L, 1795654074_927802L), "setup"),
                    state(stamp(6, 6058L, 1795654078_636981L), "failed")),

            // first: 2026-11-26T00:47:58.637582Z qemu-system-x86_64: Unable to write to socket: Broken pipe
            // last:  2026-11-26T00:47:58.637582Z qemu-system-x86_64: Unable to write to socket: Broken pipe
            new Expected("dst-killed-at-switchover/src.stderr", message(iso(1, "2026-11-26T00:47:58.637582Z"), "Unable to write to socket: Broken pipe"),
                    message(iso(1, "2026-11-26T00:47:58.637582Z"), "Unable to write to socket: Broken pipe")),

            // first: 5994@1795654069.564939:migrate_set_state new state setup
            // last:  5994@1795654071.004563:migrate_set_state new state completed
            new Expected("dst-stalled-400ms/dst.log", state(stamp(1, 5994L, 1795654069_564939L), "setup"),
                    state(stamp(40, 5994L, 1795654071_004563L), "completed")),

            // first: 5993@1795654070.565871:migrate_set_state new state setup
            // last:  6004@1795654070.601410:migrate_set_state new state completed
            new Expected("dst-stalled-400ms/src.log", state(stamp(1, 5993L, 1795654070_565871L), "setup"),
                    state(stamp(52, 6004L, 1795654070_601410L), "completed")),

            // first: 5799@1795654066.112744:migrate_set_state new state setup
            // last:  5812@1795654068.161014:migrate_set_state new state completed
            new Expected("postcopy-random-ram/dst.log", state(stamp(1, 5799L, 1795654066_112744L), "setup"),
                    state(stamp(43, 5812L, 1795654068_161014L), "completed")),

            // first: 5798@1795654067.113484:migrate_set_state new state setup
            // last:  5810@1795654068.161097:migrate_set_state new state completed
            new Expected("postcopy-random-ram/src.log", state(stamp(1, 5798L, 1795654067_113484L), "setup"),
                    state(stamp(52, 5810L, 1795654068_161097L), "completed")),

            // first: 5856@1795654068.465582:migrate_set_state new state setup
            // last:  5856@1795654068.846063:migrate_set_state new state completed
            new Expected("precopy-kvm-8vcpu-many-devices/dst.log", state(stamp(1, 5856L, 1795654068_465582L), "setup"),
                    state(stamp(74, 5856L, 1795654068_846063L), "completed")),

            // first: 2026-11-26T00:47:48.388530Z qemu-system-x86_64: -accel kvm: warning: Number of SMP cpus requested (8) exceeds the recommended cpus supported by KVM (2)
            // last:  2026-11-26T00:47:48.398811Z qemu-system-x86_64: warning: host doesn't support requested feature: CPUID.01H:ECX.pni [bit 0]
            new Expected("precopy-kvm-8vcpu-many-devices/dst.stderr", message(iso(1, "2026-11-26T00:47:48.388530Z"), "-accel kvm: warning: Number of SMP cpus requested (8) exceeds the recommended cpus supported by KVM (2)"),
                    message(iso(10, "2026-11-26T00:47:48.398811Z"), "warning: host doesn't support requested feature: CPUID.01H:ECX.pni [bit 0]")),

            // first: 5855@1795654068.766350:migrate_set_state new state setup
            // last:  5883@1795654068.844493:migrate_set_state new state completed
            new Expected("precopy-kvm-8vcpu-many-devices/src.log", state(stamp(1, 5855L, 1795654068_766350L), "setup"),
                    state(stamp(86, 5883L, 1795654068_844493L), "completed")),

            // first: 2026-11-26T00:47:48.392057Z qemu-system-x86_64: -accel kvm: warning: Number of SMP cpus requested (8) exceeds the recommended cpus supported by KVM (2)
            // last:  2026-11-26T00:47:48.399958Z qemu-system-x86_64: warning: host doesn't support requested feature: CPUID.01H:ECX.pni [bit 0]
            new Expected("precopy-kvm-8vcpu-many-devices/src.stderr", message(iso(1, "2026-11-26T00:47:48.392057Z"), "-accel kvm: warning: Number of SMP cpus requested (8) exceeds the recommended cpus supported by KVM (2)"),
                    message(iso(10, "2026-11-26T00:47:48.399958Z"), "warning: host doesn't support requested feature: CPUID.01H:ECX.pni [bit 0]")),

            // first: 5928@1795654069.051021:migrate_set_state new state setup
            // last:  5928@1795654069.372774:migrate_set_state new state completed
            new Expected("precopy-multifd-4ch/dst.log", state(stamp(1, 5928L, 1795654069_051021L), "setup"),
                    state(stamp(40, 5928L, 1795654069_372774L), "completed")),

            // first: 5927@1795654069.351892:migrate_set_state new state setup
            // last:  5938@1795654069.369969:migrate_set_state new state completed
            new Expected("precopy-multifd-4ch/src.log", state(stamp(1, 5927L, 1795654069_351892L), "setup"),
                    state(stamp(52, 5938L, 1795654069_369969L), "completed")),

            // first: migrate_set_state new state setup
            // last:  migrate_set_state new state completed
            new Expected("precopy-no-timestamps/dst.log", state(bare(1), "setup"),
                    state(bare(40), "completed")),

            // first: migrate_set_state new state setup
            // last:  migrate_set_state new state completed
            new Expected("precopy-no-timestamps/src.log", state(bare(1), "setup"),
                    state(bare(52), "completed")),

            // first: 5691@1795654061.374194:migrate_set_state new state setup
            // last:  5691@1795654061.700648:migrate_set_state new state completed
            new Expected("precopy-q35-small/dst.log", state(stamp(1, 5691L, 1795654061_374194L), "setup"),
                    state(stamp(40, 5691L, 1795654061_700648L), "completed")),

            // first: 5690@1795654061.675087:migrate_set_state new state setup
            // last:  5701@1795654061.695571:migrate_set_state new state completed
            new Expected("precopy-q35-small/src.log", state(stamp(1, 5690L, 1795654061_675087L), "setup"),
                    state(stamp(52, 5701L, 1795654061_695571L), "completed")),

            // first: 7000@1795654224.028765:migrate_set_state new state setup
            // last:  7000@1795654227.838735:migrate_set_state new state completed
            new Expected("precopy-return-path/dst.log", state(stamp(1, 7000L, 1795654224_028765L), "setup"),
                    state(stamp(40, 7000L, 1795654227_838735L), "completed")),

            // first: 6999@1795654225.030767:migrate_set_state new state setup
            // last:  7011@1795654227.840501:migrate_set_state new state completed
            new Expected("precopy-return-path/src.log", state(stamp(1, 6999L, 1795654225_030767L), "setup"),
                    state(stamp(52, 7011L, 1795654227_840501L), "completed")),

            // first: 5745@1795653892.598294:migrate_set_state new state setup
            // last:  5745@1795653893.632342:migrate_set_state new state completed
            new Expected("precopy-skewed-clocks/dst.log", state(stamp(1, 5745L, 1795653892_598294L), "setup"),
                    state(stamp(40, 5745L, 1795653893_632342L), "completed")),

            // first: 5744@1795654062.899184:migrate_set_state new state setup
            // last:  5755@1795654062.930300:migrate_set_state new state completed
            new Expected("precopy-skewed-clocks/src.log", state(stamp(1, 5744L, 1795654062_899184L), "setup"),
                    state(stamp(52, 5755L, 1795654062_930300L), "completed")),

            // first: 26700@1795654918.004806:migrate_set_state new state setup
            // last:  26700@1795654919.044988:migrate_set_state new state completed
            new Expected("strict-completed-300-10/dst.log", state(stamp(1, 26700L, 1795654918_004806L), "setup"),
                    state(stamp(41, 26700L, 1795654919_044988L), "completed")),

            // first: 26699@1795654919.005477:migrate_set_state new state setup
            // last:  26711@1795654919.048635:migrate_set_state new state completed
            new Expected("strict-completed-300-10/src.log", state(stamp(1, 26699L, 1795654919_005477L), "setup"),
                    state(stamp(53, 26711L, 1795654919_048635L), "completed")),

            // first: 27533@1795654946.089183:migrate_set_state new state setup
            // last:  27533@1795654950.237836:migrate_set_state new state failed
            new Expected("strict-destination-fires-50-10/dst.log", state(stamp(1, 27533L, 1795654946_089183L), "setup"),
                    state(stamp(10, 27533L, 1795654950_237836L), "failed")),

            // first: 2026-11-26T01:02:30.237708Z qemu-system-x86_64: Shutdown destination migration, migration abort_limit(60 ms) was reached.
            // last:  2026-11-26T01:02:30.238024Z qemu-system-x86_64: load of migration failed: Invalid argument
            new Expected("strict-destination-fires-50-10/dst.stderr", reached(iso(1, "2026-11-26T01:02:30.237708Z"), 60),
                    message(iso(2, "2026-11-26T01:02:30.238024Z"), "load of migration failed: Invalid argument")),

            // first: 27532@1795654947.089917:migrate_set_state new state setup
            // last:  27544@1795654950.238072:migrate_set_state new state failed
            new Expected("strict-destination-fires-50-10/src.log", state(stamp(1, 27532L, 1795654947_089917L), "setup"),
                    state(stamp(52, 27544L, 1795654950_238072L), "failed")),

            // first: 2026-11-26T01:02:30.244582Z qemu-system-x86_64: Sibling indicated error 1
            // last:  2026-11-26T01:02:30.244582Z qemu-system-x86_64: Sibling indicated error 1
            new Expected("strict-destination-fires-50-10/src.stderr", message(iso(1, "2026-11-26T01:02:30.244582Z"), "Sibling indicated error 1"),
                    message(iso(1, "2026-11-26T01:02:30.244582Z"), "Sibling indicated error 1")),

            // first: 26832@1795654919.924719:migrate_set_state new state setup
            // last:  26832@1795654921.012480:migrate_set_state new state completed
            new Expected("strict-missed-62ms-blackout-8-2/dst.log", state(stamp(1, 26832L, 1795654919_924719L), "setup"),
                    state(stamp(41, 26832L, 1795654921_012480L), "completed")),

            // first: 26831@1795654920.928976:migrate_set_state new state setup
            // last:  26843@1795654921.012688:migrate_set_state new state completed
            new Expected("strict-missed-62ms-blackout-8-2/src.log", state(stamp(1, 26831L, 1795654920_928976L), "setup"),
                    state(stamp(53, 26843L, 1795654921_012688L), "completed")),

            // first: 26755@1795654919.254127:migrate_set_state new state setup
            // last:  26755@1795654919.584570:migrate_set_state new state failed
            new Expected("strict-source-fires-first-5-1/dst.log", state(stamp(1, 26755L, 1795654919_254127L), "setup"),
                    state(stamp(60, 26755L, 1795654919_584570L), "failed")),

            // first: 2026-11-26T01:01:59.185546Z qemu-system-x86_64: -accel kvm: warning: Number of SMP cpus requested (8) exceeds the recommended cpus supported by KVM (2)
            // last:  2026-11-26T01:01:59.584654Z qemu-system-x86_64: load of migration failed: Invalid argument
            new Expected("strict-source-fires-first-5-1/dst.stderr", message(iso(1, "2026-11-26T01:01:59.185546Z"), "-accel kvm: warning: Number of SMP cpus requested (8) exceeds the recommended cpus supported by KVM (2)"),
                    message(iso(12, "2026-11-26T01:01:59.584654Z"), "load of migration failed: Invalid argument")),

            // first: 26754@1795654919.554927:migrate_set_state new state setup
            // last:  26754@1795654919.582781:migrate_set_state new state cancelled
            new Expected("strict-source-fires-first-5-1/src.log", state(stamp(1, 26754L, 1795654919_554927L), "setup"),
                    state(stamp(75, 26754L, 1795654919_582781L), "cancelled")),

            // first: 2026-11-26T01:01:59.185543Z qemu-system-x86_64: -accel kvm: warning: Number of SMP cpus requested (8) exceeds the recommended cpus supported by KVM (2)
            // last:  2026-11-26T01:01:59.582788Z qemu-system-x86_64: Downtime Limit of 5 ms exceeded by 1 ms
            new Expected("strict-source-fires-first-5-1/src.stderr", message(iso(1, "2026-11-26T01:01:59.185543Z"), "-accel kvm: warning: Number of SMP cpus requested (8) exceeds the recommended cpus supported by KVM (2)"),
                    exceeded(iso(11, "2026-11-26T01:01:59.582788Z"), 5, 1))
        );
    }

    private static EventHeader stamp(long line, long thread, long micros) {
        return new EventHeader(new LineRef("", line), OptionalLong.of(micros), OptionalLong.of(thread), LineForm.LOG_THREAD_STAMP);
    }

    private static EventHeader iso(long line, String time) {
        Instant instant = Instant.parse(time);
        return new EventHeader(new LineRef("", line), OptionalLong.of(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000),
                OptionalLong.empty(), LineForm.ISO_TIME);
    }

    private static EventHeader bare(long line) {
        return new EventHeader(new LineRef("", line), OptionalLong.empty(), OptionalLong.empty(), LineForm.UNSTAMPED);
    }

    private static final DeviceOperation SAVE = DeviceOperation.SAVE;
    private static final DeviceOperation LOAD = DeviceOperation.LOAD;
    private static final SectionType ITERABLE = SectionType.ITERABLE;
    private static final SectionType NON_ITERABLE = SectionType.NON_ITERABLE;

    private static TraceEvent state(EventHeader header, String state) {
        return new StateChange(header, state);
    }

    private static TraceEvent checkpoint(EventHeader header, String name) {
        return new Checkpoint(header, name);
    }

    private static TraceEvent device(EventHeader header, DeviceOperation operation, SectionType type, String idstr,
                                     long instance, long downtime) {
        return new DeviceDowntime(header, operation, type, idstr, instance, downtime);
    }

    private static TraceEvent message(EventHeader header, String text) {
        return new QemuMessage(header, "qemu-system-x86_64", text);
    }

    private static TraceEvent reached(EventHeader header, long limit) {
        return new AbortLimitReached(header, "qemu-system-x86_64", limit);
    }

    private static TraceEvent exceeded(EventHeader header, long limit, long by) {
        return new DowntimeLimitExceeded(header, "qemu-system-x86_64", limit, by);
    }

    private static TraceEvent destinationAbort(EventHeader header, long limit, long destination, long source) {
        return new DestinationAbort(header, limit, destination, source);
    }
}

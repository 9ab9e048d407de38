package io.downtime.trace;

import io.downtime.model.*;
import io.downtime.testing.LibvirtLogForms;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * libvirt's own lines in the real domain logs of {@code sample-traces/libvirt-one-migration/} are
 * read by {@code LibvirtLine.g4}; every line is still accounted for.
 */
class LibvirtLineReadingTest {
    @TempDir
    Path dir;

    /**
     * Counts from the files: lines {@code wc -l}; {@code grep -c ': starting up '}, {@code ': shutting down'},
     * {@code ': initiating migration'}, {@code '^-name '}, {@code '^-uuid '}, {@code '^-incoming '},
     * {@code '^-S \\$'}; trace events {@code grep -c vmstate_downtime_save} (load, checkpoint) and
     * {@code grep -c '^[0-9]*@.*migrate_set_state'} (plain {@code migrate_set_state} also finds the
     * {@code -trace migrate_set_state} option lines); messages {@code grep -c 'qemu-system-x86_64: '}.
     * Non-trace lines are the rest: the environment, the binary and the other option lines, and
     * libvirt's {@code Domain id=N is tainted} lines.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // 175 - (2+2+1+2+2+0+2) libvirt - (61+5+5) trace - 3 messages = 90 non-trace
            "src-host-guest-a.log, 175, 2, 2, 1, 2, 2, 0, 2, 61, 0, 5, 5, 3, 90",
            // 107 - (1+0+0+1+1+1+1) libvirt - (50+4+3) trace = 45 non-trace
            "dst-host-guest-a.log, 107, 1, 0, 0, 1, 1, 1, 1, 0, 50, 4, 3, 0, 45"
    })
    void everyLineIsAccountedFor(String file, long lines, long startups, long shutdowns, long initiated, long names,
                                 long uuids, long incoming, long paused, long saves, long loads, long checkpoints,
                                 long states, long messages, long nonTrace) {
        ReadResult result = ReadResult.read(SampleTraces.path(LibvirtLogForms.DIR + file));
        LineAccounting a = result.accounting();
        assertEquals(lines, a.lines());
        assertEquals(startups, a.understood(EventKind.QEMU_STARTUP), "starting up");
        assertEquals(shutdowns, a.understood(EventKind.QEMU_SHUTDOWN), "shutting down");
        assertEquals(initiated, a.understood(EventKind.MIGRATION_INITIATED), "initiating migration");
        assertEquals(names, a.understood(EventKind.GUEST_NAME), "-name");
        assertEquals(uuids, a.understood(EventKind.GUEST_UUID), "-uuid");
        assertEquals(incoming, a.understood(EventKind.INCOMING_OPTION), "-incoming");
        assertEquals(paused, a.understood(EventKind.START_PAUSED_OPTION), "-S");
        assertEquals(saves, a.understood(EventKind.DEVICE_SAVE));
        assertEquals(loads, a.understood(EventKind.DEVICE_LOAD));
        assertEquals(checkpoints, a.understood(EventKind.CHECKPOINT));
        assertEquals(states, a.understood(EventKind.STATE_CHANGE));
        assertEquals(messages, a.understood(EventKind.QEMU_MESSAGE));
        assertEquals(nonTrace, a.nonTrace());
        assertEquals(0, a.rejected() + a.otherEvents());
        assertEquals(lines, a.understoodTotal() + a.nonTrace());
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());
    }

    @Test
    void libvirtEventsOfTheSourceLogFieldByField() {
        List<TraceEvent> events = libvirtEvents("src-host-guest-a.log");
        assertEquals(List.of(
                // 1: 2026-11-26 01:05:21.699+0000: starting up libvirt version: 11.3.0, package: 11.3.0-2~bpo12+1 (Debian),
                //    qemu version: 10.0.2Debian 1:10.0.2+ds-2+deb13u1~bpo12+1, kernel: 6.18.44-fc-v595, hostname: vm
                new QemuStartup(libvirtStamp(1, "2026-11-26T01:05:21.699Z"), Optional.of("11.3.0"),
                        Optional.of("11.3.0-2~bpo12+1 (Debian)"), Optional.of("10.0.2"),
                        Optional.of("Debian 1:10.0.2+ds-2+deb13u1~bpo12+1"), Optional.of("6.18.44-fc-v595"), Optional.of("vm")),
                // 9: -name guest=guest-a,debug-threads=on \
                new GuestName(unstamped(9), "guest-a"),
                // 10: -S \
                new StartPausedOption(unstamped(10)),
                // 19: -uuid 5f0c1a5e-8b2a-4c4e-9a57-1d2b3c4d5e6f \
                new GuestUuid(unstamped(19), "5f0c1a5e-8b2a-4c4e-9a57-1d2b3c4d5e6f"),
                // 52: 2026-11-26 01:05:21.751+0000: shutting down, reason=failed
                new QemuShutdown(libvirtStamp(52, "2026-11-26T01:05:21.751Z"), Optional.of("failed")),
                // 53: 2026-11-26 01:05:26.693+0000: starting up ... (the same versions and host)
                new QemuStartup(libvirtStamp(53, "2026-11-26T01:05:26.693Z"), Optional.of("11.3.0"),
                        Optional.of("11.3.0-2~bpo12+1 (Debian)"), Optional.of("10.0.2"),
                        Optional.of("Debian 1:10.0.2+ds-2+deb13u1~bpo12+1"), Optional.of("6.18.44-fc-v595"), Optional.of("vm")),
                new GuestName(unstamped(61), "guest-a"),
                new StartPausedOption(unstamped(62)),
                new GuestUuid(unstamped(71), "5f0c1a5e-8b2a-4c4e-9a57-1d2b3c4d5e6f"),
                // 102: 2026-11-26 01:05:34.240+0000: initiating migration
                new MigrationInitiated(libvirtStamp(102, "2026-11-26T01:05:34.240Z")),
                // 174: 2026-11-26 01:05:34.350+0000: shutting down, reason=migrated
                new QemuShutdown(libvirtStamp(174, "2026-11-26T01:05:34.350Z"), Optional.of("migrated"))
        ), events);
    }

    @Test
    void destinationCommandLineSaysIncoming() {
        List<TraceEvent> events = libvirtEvents("dst-host-guest-a.log");
        // 43: -incoming defer \
        assertTrue(events.contains(new IncomingOption(unstamped(43), "defer")), events.toString());
        assertEquals(5, events.size(), "startup, -name, -S, -uuid, -incoming and nothing else: " + events);
    }

    /**
     * Each damaged line is a real line of src-host-guest-a.log with one damage, between two intact
     * real lines (line 52 and line 53 of the log), which must still be read. Columns count
     * characters from 1; libvirt's stamp and ": " take 30 characters, so its message starts at 31.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # damage                | line                                                                                 | diagnostic
            # "starting up " 12 + "libvirt version: " 17 + "11.3.0" 6 + ", package: " 11 + "11.3.0-2~bpo12+1 (Debian)" 25
            # + ", qemu version: " 16 = 87 characters: the version starts at 31 + 87 = 118
            qemu version not a number | 2026-11-26 01:05:21.699+0000: starting up libvirt version: 11.3.0, package: 11.3.0-2~bpo12+1 (Debian), qemu version: ten, kernel: 6.18.44-fc-v595, hostname: vm | 2:118: expected a number, found 'ten'
            # "starting up libvirt" : the text after "starting up " must be "libvirt version: ", at 31 + 12 = 43
            starting up garbled       | 2026-11-26 01:05:21.699+0000: starting up libvirt versoin: 11.3.0                  | 2:43: expected end of line or 'libvirt version: ', found 'libvirt'
            # "shutting down, reason=" is 22 characters: the reason would start at 53
            shutdown without reason   | 2026-11-26 01:05:21.751+0000: shutting down, reason=                                 | 2:53: expected a word, found end of line
            # month 13 does not exist
            impossible date           | 2026-13-26 01:05:21.751+0000: shutting down, reason=failed                          | 2:1: invalid timestamp: 2026-13-26 01:05:21.751+0000
            # "-uuid " is 6 characters: the UUID starts at 7; cut short, it is no UUID and reads as the number 5, then text
            uuid cut short            | -uuid 5f0c1a5e-8b2a-4c4e-9a57 \\                                                      | 2:7: expected a UUID, found '5'
            # "-name" needs its argument
            name without argument     | -name                                                                                | 2:6: expected a space, found end of line
            """)
    void damagedLibvirtLine(String damage, String line, String expected) {
        assertEquals(List.of(dir.resolve("damaged.log") + ":" + expected), diagnosticsOf(line.replace("\\\\", "\\")));
    }

    /**
     * libvirt quotes an argument for the shell when it needs to and QEMU doubles a comma inside a
     * value. Derived from line 9 ({@code -name guest=guest-a,debug-threads=on \}) with the name changed.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # how the name is written                                | the name
            -name guest=guest,,a,debug-threads=on \\                 | guest,a
            -name 'guest=guest a,debug-threads=on' \\                | guest a
            -name 'guest=it'\\''s,,a,debug-threads=on' \\            | it's,a
            -name guest-a \\                                         | guest-a
            -name guest=guest-a,debug-threads=on                     | guest-a
            """)
    void guestNameAsLibvirtQuotesIt(String line, String name) {
        String real = LibvirtLogForms.lines(LibvirtLogForms.sourceLog(), 9, 9);
        assertEquals("-name guest=guest-a,debug-threads=on \\\n", real);
        Path file = TraceForms.write(dir.resolve("name.log"), (line.replace("\\\\", "\\") + "\n").getBytes(StandardCharsets.UTF_8));
        ReadResult result = ReadResult.read(file);
        assertEquals(List.of(new GuestName(new EventHeader(new io.downtime.model.LineRef(file.toString(), 1),
                OptionalLong.empty(), OptionalLong.empty(), LineForm.UNSTAMPED), name)), result.events(), result.diagnostics().toString());
    }

    private List<String> diagnosticsOf(String damaged) {
        String real = LibvirtLogForms.sourceLog();
        String text = LibvirtLogForms.lines(real, 52, 52) + damaged + "\n" + LibvirtLogForms.lines(real, 53, 53);
        ReadResult result = ReadResult.read(TraceForms.write(dir.resolve("damaged.log"), text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, result.accounting().lines());
        assertEquals(List.of(EventKind.QEMU_SHUTDOWN, EventKind.QEMU_STARTUP),
                result.events().stream().map(TraceEvent::kind).toList(), "the intact lines around the damaged one are read");
        assertEquals(1, result.accounting().rejected());
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static List<TraceEvent> libvirtEvents(String file) {
        TraceInput unnamed = new TraceInput("", Optional.of(SampleTraces.path(LibvirtLogForms.DIR + file)));
        return ReadResult.read(unnamed, ReadOptions.defaults()).events().stream()
                .filter(e -> e.kind().label().startsWith("libvirt:") || e.kind().label().startsWith("command line:"))
                .toList();
    }

    private static EventHeader libvirtStamp(long line, String iso) {
        Instant instant = Instant.parse(iso);
        return new EventHeader(new io.downtime.model.LineRef("", line),
                OptionalLong.of(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000),
                OptionalLong.empty(), LineForm.LIBVIRT_STAMP);
    }

    private static EventHeader unstamped(long line) {
        return new EventHeader(new io.downtime.model.LineRef("", line), OptionalLong.empty(), OptionalLong.empty(),
                LineForm.UNSTAMPED);
    }
}

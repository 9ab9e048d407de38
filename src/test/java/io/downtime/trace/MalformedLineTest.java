package io.downtime.trace;

import io.downtime.testing.ReadResult;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Malformed lines and the exact diagnostic each one gets, in the spirit of Trino's parser error
 * tests. Each bad line is a real line of sample-traces/dst-stalled-400ms/src.log with one damage,
 * and sits between two intact real lines, which must still be read.
 */
class MalformedLineTest {
    private static final String BEFORE = "6004@1795654070.597297:vmstate_downtime_checkpoint src-downtime-start";
    private static final String AFTER = "6004@1795654070.598379:vmstate_downtime_checkpoint src-vm-stopped";

    @TempDir
    Path dir;

    // Columns count characters from 1: the stamp "6004@1795654070.598977:" is 23 characters, so an
    // event name starts at 24; "vmstate_downtime_save " adds 22, "type=iterable " 14, "idstr=ram " 10,
    // "instance_id=0 " 14, "downtime=" 9: the downtime value of the 4th case starts at 24+22+14+10+14+9 = 93.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # damage                  | line                                                                                              | diagnostic
            prefix without colon      | 6004@1795654070.597297vmstate_downtime_checkpoint src-downtime-start                                | 2:23: expected ':', found 'vmstate_downtime_checkpoint'
            prefix cut short          | 6004@17956540                                                                                       | 2:14: expected '.' or a space, found end of line
            prefix without event      | 6004@1795654070.598977:                                                                             | 2:24: expected an event name, found end of line
            non-numeric downtime      | 6004@1795654070.598977:vmstate_downtime_save type=iterable idstr=ram instance_id=0 downtime=abc     | 2:93: expected a number, found 'abc'
            missing idstr=            | 6004@1795654070.598999:vmstate_downtime_save type=non-iterable instance_id=0 downtime=11            | 2:64: expected 'idstr=', found 'instance_id='
            empty idstr               | 6004@1795654070.598999:vmstate_downtime_save type=non-iterable idstr= instance_id=0 downtime=11     | 2:70: expected a device id, found ' '
            unknown section type      | 6004@1795654070.598999:vmstate_downtime_save type=full idstr=timer instance_id=0 downtime=11        | 2:51: expected 'iterable' or 'non-iterable', found 'full'
            downtime beyond 64 bits   | 6004@1795654070.598999:vmstate_downtime_save type=non-iterable idstr=timer instance_id=0 downtime=99999999999999999999 | 2:99: number out of range: 99999999999999999999
            garbage after checkpoint  | 6004@1795654070.597297:vmstate_downtime_checkpoint src-downtime-start garbage                      | 2:71: expected end of line, found 'garbage'
            state without 'new state' | 6004@1795654070.598386:migrate_set_state device                                                     | 2:42: expected 'new state', found 'device'
            impossible ISO date       | 2026-13-26T00:47:50.597297Z vmstate_downtime_checkpoint src-downtime-start                          | 2:1: invalid timestamp: 2026-13-26T00:47:50.597297Z
            """)
    void diagnostic(String damage, String line, String expected) {
        assertEquals(List.of(file() + ":" + expected), diagnosticsOf(line.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nulByteInACheckpointName() {
        byte[] line = "6004@1795654070.597297:vmstate_downtime_checkpoint src-down\0time-start".getBytes(StandardCharsets.UTF_8);
        // The NUL is the 61st character: 23 of stamp, 27 of event name, 1 space, "src-down" (8), then NUL.
        assertEquals(List.of(file() + ":2:60: unexpected control character U+0000"), diagnosticsOf(line));
    }

    @Test
    void mebibyteLineIsRejectedWithoutBeingKept() {
        byte[] line = new byte[1 << 20];
        java.util.Arrays.fill(line, (byte) 'x');
        assertEquals(List.of(file() + ":2:1: line is 1048576 bytes long; lines longer than 65536 bytes are not read"),
                diagnosticsOf(line));
    }

    private String file() {
        return dir.resolve("damaged.log").toString();
    }

    /** Reads BEFORE, the damaged line, AFTER; both intact lines must survive. */
    private List<String> diagnosticsOf(byte[] damaged) {
        byte[] before = (BEFORE + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] after = ("\n" + AFTER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[before.length + damaged.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(damaged, 0, all, before.length, damaged.length);
        System.arraycopy(after, 0, all, before.length + damaged.length, after.length);
        ReadResult result = ReadResult.read(TraceForms.write(dir.resolve("damaged.log"), all));
        assertEquals(3, result.accounting().lines());
        assertEquals(2, result.events().size(), "the intact lines around the damaged one are read");
        assertEquals(1, result.accounting().rejected());
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }
}

package io.downtime.robustness;

import io.downtime.gate.RulesException;
import io.downtime.gate.RulesFile;
import io.downtime.model.OtherEvent;
import io.downtime.runset.BaselineException;
import io.downtime.runset.BaselineFile;
import io.downtime.model.TraceEvent;
import io.downtime.testing.ReadResult;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.ReadOptions;
import io.downtime.trace.TraceInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the fuzz tests found, each as a readable test beside the crash file Jazzer kept. ReaderFuzzTest's
 * ({@code ReaderFuzzTestInputs/readAnyBytes/crash-*}, replayed by every {@code mvn test}). All three
 * were lines the reader's prefilter counts as an other event by its name alone, which the grammar
 * rejected when other events are kept ({@code analyzer events --other-events}): the same line was
 * counted two ways. Now each is an other event either way, named as the prefilter names it.
 */
class FuzzFindingsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            control character in the arguments (crash-7d4e24a7)    | 5799@1795654067622940000 vmstate_downe_load type=n\u0001on-iterable idstr=ioapic | vmstate_downe_load
            event named like a literal of the grammar (crash-c05154da) | 5799@17956540 new state postcopy-active                                  | new
            the same in the log backend's form                     | 6004@1795654070.598386:ms exceeded by 3 ms                                    | ms
            seconds beyond 64 bits in the stamp (crash-3dc514f6)   | 26755@179565491795654919.581539:vmtate completestate_downtime_load type=x     | vmtate
            an ISO date that does not exist                        | 2026-13-26T00:47:50.597297Z ram_save_iterate 1                                | ram_save_iterate
            """)
    void otherEventEitherWay(String finding, String line, String name) {
        Path log = DamagedLogs.write(dir.resolve("finding.log"), line + "\n");
        ReadResult counted = ReadResult.read(TraceInput.file(log), ReadOptions.defaults());
        ReadResult kept = ReadResult.read(TraceInput.file(log), new ReadOptions(true));
        assertEquals(counted.accounting(), kept.accounting());
        assertEquals(List.of(), kept.diagnostics());
        LineAccounting lines = counted.accounting();
        assertEquals(1, lines.otherEvents());
        assertEquals(1L, lines.otherEventNames().get(name));
        TraceEvent event = kept.events().get(0);
        assertEquals(name, assertInstanceOf(OtherEvent.class, event).name());
        assertTrue(!line.contains("179565491795654919") || event.header().timeMicros().isEmpty(),
                "a stamp the model cannot hold is left out of an event only counted");
    }

    /**
     * BaselineFuzzTest, after 66,524 inputs (crash-41fdfa22): a baseline whose key is {@code " label"}
     * was refused as {@code  label: unknown field (known: ..., label, ...)}, a message that seems to
     * refuse a field it lists. Keys that are not plain words are quoted now, in baselines and rules
     * files alike; the refused key is on line 5, column 3.
     */
    @Test
    void oddKeysAreQuotedInMessages() throws IOException {
        String baseline = Files.readString(FuzzSeeds.directory(BaselineFuzzTest.class, "readAnyBaseline")
                .resolve("crash-41fdfa22d9625ed008c7e25d83c7e2c8f4d7041d"));
        Path file = DamagedLogs.write(dir.resolve("b.json"), baseline);
        BaselineException e = assertThrows(BaselineException.class, () -> BaselineFile.read(file));
        assertEquals(file + ":5:3: \" label\": unknown field (known: format, format_version, tool_version, label, alignment,"
                + " inputs, runs)", e.getMessage());
        Path rules = DamagedLogs.write(dir.resolve("r.yaml"), "version: 1\nrules:\n  - {kind: blackout, max_ms: 1, \"\": 2}\n");
        RulesException r = assertThrows(RulesException.class, () -> RulesFile.read(rules));
        // "  - {kind: blackout, max_ms: 1, " is 32 characters: the empty key at column 33
        assertEquals(rules + ":3:33: rule 1 (blackout): \"\": unknown field for a blackout rule (known: name, kind, max_ms,"
                + " value, when_unknown)", r.getMessage());
    }
}

package io.downtime.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The names QEMU's stderr file is looked for under beside a log (the CLI on disk, the fleet job in object stores). */
class StderrNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "src.log|src.stderr src.stderr.gz",
            "dst.log.gz|dst.stderr dst.stderr.gz",
            "host-a.trace|host-a.stderr host-a.stderr.gz",
            "guest.v2.log|guest.v2.stderr guest.v2.stderr.gz",
            "src.stderr|",
            "src.stderr.gz|",
            "README|",
            ".log|"})
    void stderrBesideALog(String log, String expected) {
        List<String> names = expected == null ? List.of() : Arrays.asList(expected.split(" "));
        assertEquals(names, LogInputs.stderrNames(log));
    }
}

package io.downtime.why;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.downtime.model.LineRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * QEMU's downtime-limit from the files a user saves. The replies are QEMU's own documentation, or built
 * by code from the format strings of QEMU and libvirt that write them (cited at each); none of the
 * shared recordings holds one (docs/why.md).
 */
class QemuParametersFileTest {

    /**
     * qapi/migration.json, {@code @query-migrate-parameters}, its qmp-example, as QEMU documents the reply
     * (the {@code <- } of the example and its comment marks taken off, nothing else changed).
     */
    private static final String QEMU_EXAMPLE = String.join("\n",
            "{ \"return\": {",
            "     \"multifd-channels\": 2,",
            "     \"cpu-throttle-increment\": 10,",
            "     \"cpu-throttle-initial\": 20,",
            "     \"max-bandwidth\": 33554432,",
            "     \"downtime-limit\": 300",
            "  }",
            "}");

    /** A file's one setting, or the last of {@code settings} all of the same limit. */
    private static LimitDerivation file(LimitSource source, String form, long line, int settings) {
        return new LimitDerivation.ParametersFile(source, form, new LineRef("p.json", line), settings, List.of());
    }

    private static DowntimeLimit limit(String text) {
        ParametersRead read = QemuParametersFile.read("p.json", text);
        assertEquals(List.of(), read.diagnostics());
        return read.limit().orElseThrow();
    }

    private static String diagnostic(String text) {
        ParametersRead read = QemuParametersFile.read("p.json", text);
        assertTrue(read.limit().isEmpty(), read.toString());
        assertEquals(1, read.diagnostics().size(), read.toString());
        return read.diagnostics().get(0).toString();
    }

    @Test
    void qemusDocumentedReply() {
        DowntimeLimit limit = limit(QEMU_EXAMPLE);
        // "downtime-limit": 300 is on the example's sixth line: 300 ms = 300,000 µs.
        assertEquals(300_000, limit.micros());
        assertEquals(LimitSource.QEMU_PARAMETERS, limit.source());
        assertEquals(file(LimitSource.QEMU_PARAMETERS, "query-migrate-parameters reply", 6, 1), limit.derivation());
        assertTrue(limit.wholeMilliseconds());
    }

    /** The bare MigrationParameters object, and the reply as virsh --pretty prints it (built here by Jackson). */
    @Test
    void bareObjectAndPrettyReply() throws Exception {
        assertEquals(50_000, limit("{\"downtime-limit\": 50}").micros());
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode reply = mapper.createObjectNode();
        reply.putObject("return").put("max-bandwidth", 33554432).put("downtime-limit", 8);
        reply.put("id", "libvirt-439");
        String pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(reply);
        // {, "return" : {, "max-bandwidth" : ..., "downtime-limit" : 8: line 4.
        DowntimeLimit limit = limit(pretty);
        assertEquals(8_000, limit.micros());
        assertEquals(file(LimitSource.QEMU_PARAMETERS, "query-migrate-parameters reply", 4, 1), limit.derivation());
    }

    /** HMP: hmp_info_migrate_parameters prints the limit as {@code "%s: %" PRIu64 " ms\n"}; QEMU before 2.12 wrote "milliseconds". */
    @Test
    void hmpInfoMigrateParameters() {
        String hmp = String.format(Locale.ROOT, "%s: %d ms\n%s: %d ms\n%s: %d ms\n", "announce-initial", 50,
                "downtime-limit", 120, "x-checkpoint-delay", 20000);
        DowntimeLimit limit = limit(hmp);
        assertEquals(120_000, limit.micros());
        assertEquals(LimitSource.QEMU_PARAMETERS, limit.source());
        assertEquals(file(LimitSource.QEMU_PARAMETERS, "info migrate_parameters", 2, 1), limit.derivation());
        assertEquals(300_000, limit("downtime-limit: 300 milliseconds\n").micros());
        assertEquals("p.json:1:17: expected the limit as QEMU prints it, 0 to 2000000 ms (downtime-limit: 300 ms),"
                + " found 'downtime-limit: 300 s'", diagnostic("downtime-limit: 300 s\n"));
    }

    /**
     * libvirt's debug log, lines made as libvirt writes them: its prefix ({@code stamp: thread: level :
     * function:line : }) and {@code VIR_DEBUG("Send command '%s' for write with FD %d", cmdstr, scm_fd)}
     * (qemuMonitorJSONCommandWithFd), {@code PROBE(QEMU_MONITOR_RECV_REPLY, "mon=%p reply=%s", mon, line)}
     * (qemuMonitorJSONIOProcessLine).
     */
    private static String sent(String json) {
        return "2026-11-26 01:05:34.200+0000: 30490: debug : qemuMonitorJSONCommandWithFd:308 : Send command '" + json
                + "' for write with FD -1";
    }

    private static String received(String json) {
        return "2026-11-26 01:05:34.201+0000: 30491: info : qemuMonitorJSONIOProcessLine:240 : QEMU_MONITOR_RECV_REPLY:"
                + " mon=0x7f3a2c01e1c0 reply=" + json;
    }

    @Test
    void libvirtDebugLogTheLastSettingCounts() {
        String log = String.join("\n",
                sent("{\"execute\":\"migrate-set-parameters\",\"arguments\":{\"downtime-limit\":500},\"id\":\"libvirt-20\"}"),
                received("{\"return\": {}, \"id\": \"libvirt-20\"}"),
                sent("{\"execute\":\"migrate\",\"arguments\":{\"detach\":true,\"uri\":\"fd:migrate\"},\"id\":\"libvirt-21\"}"),
                sent("{\"execute\":\"migrate-set-parameters\",\"arguments\":{\"downtime-limit\":250},\"id\":\"libvirt-22\"}"),
                "");
        DowntimeLimit limit = limit(log);
        // Lines 1 (500 ms) and 4 (250 ms) set it; the reply and the migrate command hold none; 250 is in force.
        assertEquals(250_000, limit.micros());
        assertEquals(LimitSource.LIBVIRT_LOG, limit.source());
        assertEquals(new LimitDerivation.ParametersFile(LimitSource.LIBVIRT_LOG, "migrate-set-parameters", new LineRef("p.json", 4), 2,
                List.of(new LimitDerivation.Setting(500, 1))), limit.derivation());
        DowntimeLimit replied = limit(received("{\"return\": {\"max-bandwidth\": 33554432, \"downtime-limit\": 300},"
                + " \"id\": \"libvirt-9\"}"));
        assertEquals(300_000, replied.micros());
        assertEquals(file(LimitSource.LIBVIRT_LOG, "query-migrate-parameters reply", 1, 1), replied.derivation());
    }

    /** A setting libvirt logged that cannot be read after the last good one: the limit in force is unknown. */
    @Test
    void libvirtDebugLogWithAnUnreadableLastSetting() {
        String first = sent("{\"execute\":\"migrate-set-parameters\",\"arguments\":{\"downtime-limit\":500},\"id\":\"libvirt-20\"}");
        String broken = sent("{\"execute\":\"migrate-set-parameters\",\"arguments\":{\"downtime-limit\":-1},\"id\":\"libvirt-22\"}");
        ParametersRead read = QemuParametersFile.read("d.log", first + "\n" + broken + "\n");
        assertTrue(read.limit().isEmpty());
        // The JSON starts after "Send command '": the prefix is 80 characters, the marker 14, so at column 95;
        // {"execute":"migrate-set-parameters","arguments":{"downtime-limit": is 66 characters, so the value -1
        // is at column 95 + 66 = 161.
        assertEquals(95, broken.indexOf('{') + 1);
        assertEquals(161, broken.indexOf(":-1") + 2);
        assertEquals(List.of("d.log:2:161: \"downtime-limit\" -1 is not a limit QEMU takes: 0 to 2000000 ms"),
                read.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void refusedWithLineAndColumn() {
        assertEquals("p.json:2:23: \"downtime-limit\" must be a whole number of ms (QAPI uint64), found the string"
                + " \"300\"", diagnostic("{ \"return\": {\n    \"downtime-limit\": \"300\"\n  }\n}\n"));
        assertEquals("p.json:1:31: \"downtime-limit\" 2000001 is not a limit QEMU takes: 0 to 2000000 ms",
                diagnostic("{\"return\": {\"downtime-limit\": 2000001}}"));
        assertEquals("p.json:1:31: \"downtime-limit\" must be a whole number of ms (QAPI uint64), found '0.3'",
                diagnostic("{\"return\": {\"downtime-limit\": 0.3}}"));
        // Cut after the limit's line: the end of input on line 3, column 1.
        assertEquals("p.json:3:1: not JSON: Unexpected end-of-input: expected close marker for Object",
                diagnostic("{ \"return\": {\n    \"downtime-limit\": 300\n"));
        assertEquals("p.json:1:37: more after the JSON object: give one reply per file",
                diagnostic("{\"return\": {\"downtime-limit\": 300}} {\"return\": {}}"));
    }

    @Test
    void noLimitSaysWhatWasFound() {
        // query-migrate's documented reply before the first migration: a reply, but not of the parameters.
        assertTrue(diagnostic("{ \"return\": {} }").startsWith("p.json:1:1: no downtime-limit (a query-migrate-parameters"
                + " reply without downtime-limit): expected a query-migrate-parameters reply"));
        assertTrue(diagnostic("  \n{\"error\": {\"class\": \"CommandNotFound\", \"desc\": \"The command"
                + " query-migrate-parameters has not been found\"}}").startsWith("p.json:2:1: no downtime-limit (QEMU"
                + " replied with an error: \"The command query-migrate-parameters has not been found\")"));
        assertTrue(diagnostic("Job type:         Completed\n").startsWith("p.json:1:1: no downtime-limit in the file"));
        assertTrue(diagnostic("").startsWith("p.json:1:1: no downtime-limit in the file"));
    }
}

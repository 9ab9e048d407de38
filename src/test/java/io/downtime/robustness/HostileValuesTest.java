package io.downtime.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue of values no QEMU writes (docs/robustness.md): {@code downtime=} negative, zero, at
 * and beyond 64 bits, a huge {@code instance_id}. Values the model can hold are kept as written and
 * warned of when they cannot be real; values it cannot hold reject their line.
 *
 * <p>Lines of sample-traces/dst-stalled-400ms/src.log used: 8 "…idstr=timer instance_id=0
 * downtime=11", 9 "…idstr=slirp instance_id=0 downtime=15", 10 "…type=non-iterable idstr=ram
 * instance_id=0 downtime=0".
 */
class HostileValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINE_8 = "6004@1795654070.598999:vmstate_downtime_save type=non-iterable idstr=timer instance_id=0 downtime=";
    private static final String LINE_9 = "6004@1795654070.599017:vmstate_downtime_save type=non-iterable idstr=slirp instance_id=0 downtime=";

    @TempDir
    Path dir;

    private final String srcText = DamagedLogs.text("dst-stalled-400ms/src.log");
    private final String dst = SampleTraces.path("dst-stalled-400ms/dst.log").toString();

    @Test
    void linesAreTheSamplesOwn() {
        assertEquals(LINE_8 + "11", srcText.lines().toList().get(7));
        assertEquals(LINE_9 + "15", srcText.lines().toList().get(8));
    }

    /** A negative save time is kept as written (slirp loads in 12 µs on the destination, dst.log line 5) and warned of. */
    @Test
    void negativeDowntime() throws IOException {
        CliRun run = report(DamagedLogs.replaceLine(srcText, 9, LINE_9 + "-15"));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode migration = JSON.readTree(run.out()).path("migrations").get(0);
        JsonNode slirp = device(migration, "slirp");
        assertEquals(-15, slirp.path("save_us").asLong());
        assertEquals(12, slirp.path("load_us").asLong());
        assertEquals("slirp instance 0: downtime=-15 µs is negative, which QEMU cannot have measured; this device's figures"
                + " and the sums holding it are wrong", warning(migration, "src.log:9"));
    }

    /** Zero is a real measure (line 10, the non-iterable ram section, saves in 0 µs): no warning. */
    @Test
    void zeroDowntime() throws IOException {
        CliRun run = report(srcText);
        JsonNode migration = JSON.readTree(run.out()).path("migrations").get(0);
        assertEquals(0, migration.path("warnings").size(), migration.path("warnings").toString());
        for (JsonNode device : migration.path("devices")) {
            if (device.path("idstr").asText().equals("ram") && device.path("type").asText().equals("non-iterable")) {
                assertEquals(0, device.path("save_us").asLong());
                return;
            }
        }
        throw new AssertionError("no non-iterable ram section");
    }

    /**
     * 2^63 does not fit a 64-bit signed number: the line is rejected at the value's first digit.
     * Column 99: the stamp is 23 characters, "vmstate_downtime_save " 22, "type=non-iterable " 18,
     * "idstr=slirp " 12, "instance_id=0 " 14, "downtime=" 9: 98 before it.
     */
    @Test
    void downtimeBeyond64Bits() {
        CliRun run = report(DamagedLogs.replaceLine(srcText, 9, LINE_9 + "9223372036854775808"));
        assertEquals(2, run.exitCode());
        assertEquals(dir.resolve("src.log") + ":9:99: number out of range: 9223372036854775808\n", run.err());
    }

    /**
     * The largest 64-bit value on two devices: each is kept and warned of, and the sum of the
     * non-iterable saves holds at 2^63 − 1 instead of wrapping around to a negative number.
     */
    @Test
    void downtimeAtThe64BitLimitDoesNotWrapSums() throws IOException {
        String text = DamagedLogs.replaceLine(DamagedLogs.replaceLine(srcText, 8, LINE_8 + Long.MAX_VALUE), 9, LINE_9 + Long.MAX_VALUE);
        CliRun run = report(text);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode migration = JSON.readTree(run.out()).path("migrations").get(0);
        assertEquals(Long.MAX_VALUE, device(migration, "timer").path("save_us").asLong());
        assertTrue(warning(migration, "src.log:8").endsWith("is more than a day, which QEMU cannot have measured; this"
                + " device's figures and the sums holding it are wrong"), migration.path("warnings").toString());
        assertTrue(warning(migration, "src.log:9").startsWith("slirp instance 0: downtime=9223372036854775807 µs"));
        for (JsonNode total : migration.path("device_totals")) {
            if (total.path("type").asText().equals("non-iterable")) {
                assertEquals(Long.MAX_VALUE, total.path("save_us").asLong(), total.toString());
            }
        }
        CliRun asText = report(text, "text");
        assertTrue(asText.out().contains("non-iterable  total of 42"), asText.out());
        assertTrue(!asText.out().contains("-9223372036854775"), "no sum wrapped around: " + asText.out());
    }

    /** The largest instance_id is kept as it is; one beyond 64 bits rejects its line (column 88: 75 + "instance_id=" 12 + 1). */
    @Test
    void hugeInstanceId() throws IOException {
        String huge = "6004@1795654070.599017:vmstate_downtime_save type=non-iterable idstr=slirp instance_id=" + Long.MAX_VALUE
                + " downtime=15";
        CliRun kept = report(DamagedLogs.replaceLine(srcText, 9, huge));
        assertEquals(0, kept.exitCode(), kept.err());
        JsonNode slirp = device(JSON.readTree(kept.out()).path("migrations").get(0), "slirp");
        assertEquals(Long.MAX_VALUE, slirp.path("instance").asLong());
        assertEquals(15, slirp.path("save_us").asLong());

        String beyond = huge.replace("instance_id=" + Long.MAX_VALUE, "instance_id=99999999999999999999");
        CliRun rejected = report(DamagedLogs.replaceLine(srcText, 9, beyond));
        assertEquals(2, rejected.exitCode());
        assertEquals(dir.resolve("src.log") + ":9:88: number out of range: 99999999999999999999\n", rejected.err());
    }

    private CliRun report(String srcLog) {
        return report(srcLog, "json");
    }

    private CliRun report(String srcLog, String format) {
        Path src = DamagedLogs.write(dir.resolve("src.log"), srcLog);
        return CliRun.of("report", "--format", format, src.toString(), dst);
    }

    private static JsonNode device(JsonNode migration, String idstr) {
        for (JsonNode device : migration.path("devices")) {
            if (device.path("idstr").asText().equals(idstr)) {
                return device;
            }
        }
        throw new AssertionError("no device " + idstr);
    }

    /** The text of the warning on {@code line} (file name without its directory). */
    private static String warning(JsonNode migration, String line) {
        for (JsonNode warning : migration.path("warnings")) {
            if (warning.path("line").asText().endsWith("/" + line)) {
                return warning.path("text").asText();
            }
        }
        throw new AssertionError("no warning on " + line + ": " + migration.path("warnings"));
    }
}

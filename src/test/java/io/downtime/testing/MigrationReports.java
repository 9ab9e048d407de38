package io.downtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.util.Locale;

/**
 * QEMU's own migration reports, derived from what a real run recorded: the sample cases'
 * {@code meta.json} hold the real QMP {@code query-migrate} reply of the source
 * ({@code query_migrate_src}). No real HMP {@code info migrate} text was recorded, so the two HMP
 * layouts are rendered here from that reply, line by line with the formats of QEMU's
 * {@code hmp_info_migrate()}: QEMU 10.0 ({@code migration/migration-hmp-cmds.c}: "total time: %lu ms",
 * "downtime: %lu ms", "setup: %lu ms", "downtime ram: %lu kbytes" with bytes >> 10, ...) and QEMU 10.1
 * (after "migration/hmp: Reorg 'info migrate' once more": "Status: \t\t%s",
 * "Time (ms): \t\ttotal=%lu, setup=%lu, exp_down=%lu, down=%lu", "  Others: \t\tdirty_syncs=%lu,
 * downtime_bytes=%lu", sizes through size_to_str()). Test inputs only.
 */
public final class MigrationReports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MigrationReports() {
    }

    /** {@code query_migrate_src} of {@code sample-traces/CASE/meta.json}. */
    public static JsonNode queryMigrateSource(String sampleCase) {
        try {
            return JSON.readTree(Files.readString(SampleTraces.path(sampleCase + "/meta.json"))).get("query_migrate_src");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reply as QEMU sends it on the QMP socket. */
    public static String qmpReply(JsonNode info) {
        return "{\"return\": " + info.toPrettyString() + "}\n";
    }

    /** HMP {@code info migrate} as QEMU 10.0 prints it. */
    public static String infoMigrateQemu100(JsonNode info) {
        StringBuilder out = new StringBuilder();
        out.append("globals:\n").append("store-global-state: on\n").append("only-migratable: off\n")
                .append("send-configuration: on\n").append("send-section-footer: on\n").append("clear-bitmap-shift: 18\n");
        out.append("Migration status: ").append(info.get("status").asText()).append('\n');
        out.append("total time: ").append(info.get("total-time").asLong()).append(" ms\n");
        if (info.has("expected-downtime")) {
            out.append("expected downtime: ").append(info.get("expected-downtime").asLong()).append(" ms\n");
        }
        if (info.has("downtime")) {
            out.append("downtime: ").append(info.get("downtime").asLong()).append(" ms\n");
        }
        if (info.has("setup-time")) {
            out.append("setup: ").append(info.get("setup-time").asLong()).append(" ms\n");
        }
        JsonNode ram = info.get("ram");
        out.append("transferred ram: ").append(ram.get("transferred").asLong() >> 10).append(" kbytes\n");
        out.append(String.format(Locale.ROOT, "throughput: %.2f mbps\n", ram.get("mbps").asDouble()));
        out.append("remaining ram: ").append(ram.get("remaining").asLong() >> 10).append(" kbytes\n");
        out.append("total ram: ").append(ram.get("total").asLong() >> 10).append(" kbytes\n");
        out.append("duplicate: ").append(ram.get("duplicate").asLong()).append(" pages\n");
        out.append("normal: ").append(ram.get("normal").asLong()).append(" pages\n");
        out.append("normal bytes: ").append(ram.get("normal-bytes").asLong() >> 10).append(" kbytes\n");
        out.append("dirty sync count: ").append(ram.get("dirty-sync-count").asLong()).append('\n');
        out.append("page size: ").append(ram.get("page-size").asLong() >> 10).append(" kbytes\n");
        out.append("multifd bytes: ").append(ram.get("multifd-bytes").asLong() >> 10).append(" kbytes\n");
        out.append("pages-per-second: ").append(ram.get("pages-per-second").asLong()).append('\n');
        if (ram.get("dirty-pages-rate").asLong() != 0) {
            out.append("dirty pages rate: ").append(ram.get("dirty-pages-rate").asLong()).append(" pages\n");
        }
        if (ram.get("postcopy-requests").asLong() != 0) {
            out.append("postcopy request count: ").append(ram.get("postcopy-requests").asLong()).append('\n');
        }
        if (ram.get("precopy-bytes").asLong() != 0) {
            out.append("precopy ram: ").append(ram.get("precopy-bytes").asLong() >> 10).append(" kbytes\n");
        }
        if (ram.get("downtime-bytes").asLong() != 0) {
            out.append("downtime ram: ").append(ram.get("downtime-bytes").asLong() >> 10).append(" kbytes\n");
        }
        if (ram.get("postcopy-bytes").asLong() != 0) {
            out.append("postcopy ram: ").append(ram.get("postcopy-bytes").asLong() >> 10).append(" kbytes\n");
        }
        return out.toString();
    }

    /** HMP {@code info migrate} as QEMU 10.1 and later print it. */
    public static String infoMigrateQemu101(JsonNode info) {
        StringBuilder out = new StringBuilder();
        out.append("Status: \t\t").append(info.get("status").asText()).append('\n');
        out.append("Time (ms): \t\ttotal=").append(info.get("total-time").asLong());
        if (info.has("setup-time")) {
            out.append(", setup=").append(info.get("setup-time").asLong());
        }
        if (info.has("expected-downtime")) {
            out.append(", exp_down=").append(info.get("expected-downtime").asLong());
        }
        if (info.has("downtime")) {
            out.append(", down=").append(info.get("downtime").asLong());
        }
        out.append('\n');
        JsonNode ram = info.get("ram");
        out.append("RAM info:\n");
        out.append(String.format(Locale.ROOT, "  Throughput (Mbps): \t%.2f\n", ram.get("mbps").asDouble()));
        out.append("  Sizes: \t\tpagesize=").append(size(ram.get("page-size").asLong()))
                .append(", total=").append(size(ram.get("total").asLong())).append('\n');
        out.append("  Transfers: \t\ttransferred=").append(size(ram.get("transferred").asLong()))
                .append(", remain=").append(size(ram.get("remaining").asLong())).append('\n');
        out.append("    Channels: \t\tprecopy=").append(size(ram.get("precopy-bytes").asLong()))
                .append(", multifd=").append(size(ram.get("multifd-bytes").asLong()))
                .append(", postcopy=").append(size(ram.get("postcopy-bytes").asLong())).append('\n');
        out.append("    Page Types: \tnormal=").append(ram.get("normal").asLong())
                .append(", zero=").append(ram.get("duplicate").asLong()).append('\n');
        out.append("  Page Rates (pps): \ttransfer=").append(ram.get("pages-per-second").asLong());
        if (ram.get("dirty-pages-rate").asLong() != 0) {
            out.append(", dirty=").append(ram.get("dirty-pages-rate").asLong());
        }
        out.append('\n');
        out.append("  Others: \t\tdirty_syncs=").append(ram.get("dirty-sync-count").asLong());
        if (ram.get("postcopy-requests").asLong() != 0) {
            out.append(", postcopy_req=").append(ram.get("postcopy-requests").asLong());
        }
        if (ram.get("downtime-bytes").asLong() != 0) {
            out.append(", downtime_bytes=").append(ram.get("downtime-bytes").asLong());
        }
        out.append('\n');
        return out.toString();
    }

    /** QEMU's size_to_str(): three significant digits and a binary unit ("2.65 MiB", "4 KiB", "0 B"). */
    private static String size(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        int unit = 0;
        double value = bytes;
        while (value >= 1024 * 0.98 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String digits = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return digits + " " + units[unit];
    }
}

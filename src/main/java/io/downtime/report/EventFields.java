package io.downtime.report;

import io.downtime.model.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that says which fields of an event are shown and under which names; the text,
 * CSV and JSON listings of {@code events} all use it. Field meanings and units are in docs/formats.md.
 */
public final class EventFields {
    /** Every event-specific field, in CSV column order. */
    public static final List<String> DETAIL_FIELDS = List.of(
            "type", "idstr", "instance_id", "downtime_us", "checkpoint", "state", "abort_limit_ms",
            "source_downtime_ms", "destination_downtime_ms", "downtime_limit_ms", "exceeded_by_ms",
            "transferred_bytes", "time_spent_ms", "bandwidth_bytes_per_ms", "switchover_bandwidth_bytes_per_ms",
            "max_size_bytes", "pending_bytes", "precopy_bytes", "postcopy_bytes", "section_id", "section_type",
            "version_id", "result", "command", "length_bytes",
            "program", "message", "name", "libvirt_version", "libvirt_package", "qemu_version", "qemu_package",
            "kernel", "hostname", "reason", "guest_name", "uuid", "incoming");

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EventFields() {
    }

    /** The event's own fields (not the header), in a stable order; numbers stay numbers. */
    public static Map<String, Object> details(TraceEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (event instanceof DeviceDowntime device) {
            fields.put("type", device.type().traceName());
            fields.put("idstr", device.idstr());
            fields.put("instance_id", device.instanceId());
            fields.put("downtime_us", device.downtimeMicros());
        } else if (event instanceof Checkpoint checkpoint) {
            fields.put("checkpoint", checkpoint.name());
        } else if (event instanceof StateChange state) {
            fields.put("state", state.state());
        } else if (event instanceof DowntimeSent sent) {
            fields.put("abort_limit_ms", sent.abortLimitMs());
            fields.put("source_downtime_ms", sent.sourceDowntimeMs());
        } else if (event instanceof DowntimeReceived received) {
            fields.put("abort_limit_ms", received.abortLimitMs());
            fields.put("source_downtime_ms", received.sourceDowntimeMs());
        } else if (event instanceof DestinationAbort abort) {
            fields.put("abort_limit_ms", abort.abortLimitMs());
            fields.put("destination_downtime_ms", abort.destinationDowntimeMs());
            fields.put("source_downtime_ms", abort.sourceDowntimeMs());
        } else if (event instanceof BandwidthEstimate estimate) {
            fields.put("transferred_bytes", estimate.transferredBytes());
            fields.put("time_spent_ms", estimate.timeSpentMs());
            fields.put("bandwidth_bytes_per_ms", estimate.bandwidthBytesPerMs());
            estimate.switchoverBandwidthBytesPerMs().ifPresent(v -> fields.put("switchover_bandwidth_bytes_per_ms", v));
            fields.put("max_size_bytes", estimate.maxSizeBytes());
        } else if (event instanceof PendingSize pending) {
            fields.put("pending_bytes", pending.pendingBytes());
            fields.put("precopy_bytes", pending.precopyBytes());
            fields.put("postcopy_bytes", pending.postcopyBytes());
        } else if (event instanceof SwitchoverDecision decision) {
            fields.put("pending_bytes", decision.pendingBytes());
        } else if (event instanceof SectionSaveStart start) {
            fields.put("idstr", start.idstr());
            fields.put("section_id", start.sectionId());
        } else if (event instanceof SectionSaveEnd end) {
            fields.put("idstr", end.idstr());
            fields.put("section_id", end.sectionId());
            fields.put("result", end.result());
        } else if (event instanceof SectionRead read) {
            fields.put("section_type", read.sectionType());
        } else if (event instanceof SectionLoadStart start) {
            fields.put("section_id", start.sectionId());
            fields.put("idstr", start.idstr());
            fields.put("instance_id", start.instanceId());
            fields.put("version_id", start.versionId());
        } else if (event instanceof SectionLoadPartEnd part) {
            fields.put("section_id", part.sectionId());
        } else if (event instanceof LoadResult result) {
            fields.put("result", result.result());
        } else if (event instanceof CommandReceived command) {
            fields.put("command", command.command());
            fields.put("length_bytes", command.length());
        } else if (event instanceof AbortLimitReached reached) {
            fields.put("program", reached.program());
            fields.put("abort_limit_ms", reached.abortLimitMs());
        } else if (event instanceof DowntimeLimitExceeded exceeded) {
            fields.put("program", exceeded.program());
            fields.put("downtime_limit_ms", exceeded.downtimeLimitMs());
            fields.put("exceeded_by_ms", exceeded.exceededByMs());
        } else if (event instanceof QemuMessage message) {
            fields.put("program", message.program());
            fields.put("message", message.text());
        } else if (event instanceof OtherEvent other) {
            fields.put("name", other.name());
        } else if (event instanceof QemuStartup start) {
            start.libvirtVersion().ifPresent(v -> fields.put("libvirt_version", v));
            start.libvirtPackage().ifPresent(v -> fields.put("libvirt_package", v));
            start.qemuVersion().ifPresent(v -> fields.put("qemu_version", v));
            start.qemuPackage().ifPresent(v -> fields.put("qemu_package", v));
            start.kernel().ifPresent(v -> fields.put("kernel", v));
            start.hostname().ifPresent(v -> fields.put("hostname", v));
        } else if (event instanceof QemuShutdown end) {
            end.reason().ifPresent(reason -> fields.put("reason", reason));
        } else if (event instanceof GuestName name) {
            fields.put("guest_name", name.name());
        } else if (event instanceof GuestUuid uuid) {
            fields.put("uuid", uuid.uuid());
        } else if (event instanceof IncomingOption incoming) {
            fields.put("incoming", incoming.uri());
        }
        return fields;
    }

    /** The details as one readable cell: {@code type=iterable idstr=ram instance_id=0 downtime_us=485}. */
    public static String detailText(TraceEvent event) {
        List<String> parts = new ArrayList<>();
        details(event).forEach((name, value) -> parts.add(name + "=" + value));
        return String.join(" ", parts);
    }

    /** The event's trace name ({@code vmstate_downtime_save}) or message kind. */
    public static String eventName(TraceEvent event) {
        return event instanceof OtherEvent other ? other.name() : event.kind().label();
    }

    /** UTC time with microseconds, or empty when the line had none. */
    public static String utc(EventHeader header) {
        if (!header.hasTime()) {
            return "";
        }
        return utc(header.micros());
    }

    /** Microseconds since the epoch as UTC time with microseconds. */
    public static String utc(long micros) {
        return UTC_MICROS.format(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000L));
    }
}

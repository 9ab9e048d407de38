package io.downtime.report;

import io.downtime.model.DeviceDowntime;
import io.downtime.model.EventHeader;
import io.downtime.model.TraceEvent;

import java.util.Locale;

/** The hover text of events in charts: what the event is, its figures, and the line it came from. */
public final class EventHovers {
    private EventHovers() {
    }

    /** {@code 0000:00:1f.2/ich9_ahci #0 (non-iterable)} then {@code save 279 µs}, then the line. */
    public static String device(DeviceDowntime device) {
        return DeviceLabels.plain(device) + "\n" + device.operation().name().toLowerCase(Locale.ROOT) + " "
                + device.downtimeMicros() + " µs\n" + line(device.header());
    }

    /** {@code vmstate_downtime_checkpoint checkpoint=src-downtime-start}, then the line. */
    public static String moment(TraceEvent event) {
        return EventFields.eventName(event) + " " + EventFields.detailText(event) + "\n" + line(event.header());
    }

    public static String utc(long micros) {
        return EventFields.utc(micros);
    }

    public static String millis(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis);
    }

    private static String line(EventHeader header) {
        return header.where() + (header.hasTime() ? "  " + EventFields.utc(header) : "");
    }
}

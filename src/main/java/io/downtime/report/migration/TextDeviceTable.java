package io.downtime.report.migration;

import io.downtime.blackout.DeviceBreakdown;
import io.downtime.blackout.DeviceTimes;
import io.downtime.model.SectionType;
import io.downtime.report.TextTable;

import java.io.PrintWriter;
import java.util.OptionalLong;

/**
 * The text report's device table: the iterable devices, the non-iterable ones that took longest, the
 * rest summed, each type's total (docs/report.md, "Devices"). Apart from TextReport, which it kept over
 * 300 lines.
 */
final class TextDeviceTable {
    private TextDeviceTable() {
    }

    static void print(PrintWriter out, DeviceBreakdown devices, int top) {
        if (devices.devices().isEmpty()) {
            return;
        }
        out.println("Devices (µs, QEMU's own measure of each save on the source and load on the destination)");
        TextTable table = new TextTable(out)
                .column("TYPE", TextTable.Align.LEFT)
                .column("DEVICE", TextTable.Align.LEFT)
                .column("INSTANCE", TextTable.Align.RIGHT)
                .column("SAVE", TextTable.Align.RIGHT)
                .column("LOAD", TextTable.Align.RIGHT);
        for (DeviceTimes device : devices.of(SectionType.ITERABLE)) {
            deviceRow(table, device);
        }
        for (DeviceTimes device : devices.topNonIterable(top)) {
            deviceRow(table, device);
        }
        DeviceBreakdown.Rest rest = devices.restNonIterable(top);
        if (rest.devices() > 0) {
            table.row(SectionType.NON_ITERABLE.traceName(), "(" + rest.devices() + " more)", "",
                    Long.toString(rest.save()), Long.toString(rest.load()));
        }
        for (DeviceBreakdown.TypeTotal total : devices.totals()) {
            table.row(total.type().traceName(), "total of " + total.devices(), "", Long.toString(total.save()),
                    Long.toString(total.load()));
        }
        table.finish();
        if (devices.devices().stream().anyMatch(DeviceTimes::loadAfterGuestStarted)) {
            out.println(AFTER_GUEST_STARTED_MARK + " " + AFTER_GUEST_STARTED);
        }
        out.println();
    }

    /** The mark of a load that ended after the guest started on the destination, and its legend. */
    static final String AFTER_GUEST_STARTED_MARK = "*";
    static final String AFTER_GUEST_STARTED = "loaded after the guest started on the destination (postcopy brings RAM"
            + " while the guest runs): outside the blackout, no figure of the blackout counts it";

    private static void deviceRow(TextTable table, DeviceTimes device) {
        table.row(device.key().type().traceName(), device.key().idstr(), Long.toString(device.key().instanceId()),
                micros(device.save()), micros(device.load())
                        + (device.loadAfterGuestStarted() ? " " + AFTER_GUEST_STARTED_MARK : ""));
    }

    private static String micros(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "-";
    }
}

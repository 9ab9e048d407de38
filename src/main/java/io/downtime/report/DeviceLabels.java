package io.downtime.report;

import io.downtime.model.DeviceDowntime;
import io.downtime.model.SectionType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How charts name a device: its idstr, its instance when not 0, and "(iterable)" for iterable
 * sections (RAM is saved twice, as an iterable and as a non-iterable section).
 */
public final class DeviceLabels {
    private DeviceLabels() {
    }

    public static String plain(DeviceDowntime device) {
        return device.idstr() + (device.instanceId() != 0 ? " #" + device.instanceId() : "")
                + (device.type() == SectionType.ITERABLE ? " (iterable)" : "");
    }

    /**
     * One label per device record, unique as a chart category must be: a device recorded more
     * than once in an input (several migrations) gets its line number added.
     */
    public static List<String> unique(List<DeviceDowntime> devices) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = devices.stream().map(DeviceLabels::plain).filter(label -> !seen.add(label))
                .collect(Collectors.toSet());
        return devices.stream()
                .map(device -> repeated.contains(plain(device))
                        ? plain(device) + " (line " + device.header().where().line() + ")" : plain(device))
                .toList();
    }
}

package io.downtime.runset;

import io.downtime.blackout.DeviceTimes;
import io.downtime.json.JsonFields;

/**
 * A device's times as every JSON document states them, after the fields that say which device it is:
 * the baseline file ({@code instance_id}) and the report's JSON ({@code instance}) name devices
 * differently, and unwrap this record after their names so that its five fields are written once.
 */
public record DeviceTimesJson(Long saveUs, Long loadUs, int saves, int loads, boolean afterGuestStarted) {
    public static DeviceTimesJson of(DeviceTimes device) {
        return new DeviceTimesJson(JsonFields.boxed(device.save()), JsonFields.boxed(device.load()), device.saves(),
                device.loads(), device.loadAfterGuestStarted());
    }
}

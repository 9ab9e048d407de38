package io.downtime.gate;

import io.downtime.blackout.DeviceTimes;
import io.downtime.model.DeviceOperation;
import io.downtime.model.SectionType;
import io.downtime.runset.RunFigures;
import io.downtime.runset.SetMigration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: device}: every device section whose idstr matches {@code match} saved (source) and
 * loaded (destination) within {@code max_us} each, as QEMU measured it (the report's SAVE and LOAD).
 *
 * @param operation only saves or only loads; empty for both
 * @param type      only iterable or only non-iterable sections; empty for both
 */
public record DeviceRule(String name, DeviceGlob match, Optional<DeviceOperation> operation,
                         Optional<SectionType> type, long maxMicros, UnknownPolicy whenUnknown) implements Rule {
    @Override
    public String kind() {
        return "device";
    }


    @Override
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(SetMigration::figures).map(this::check).toList();
    }

    private RuleResult check(RunFigures run) {
        String subject = run.ref().name();
        boolean saves = operation.map(op -> op == DeviceOperation.SAVE).orElse(true);
        boolean loads = operation.map(op -> op == DeviceOperation.LOAD).orElse(true);
        List<Finding.DeviceTime> measured = new ArrayList<>();
        for (DeviceTimes device : run.devices()) {
            if (!match.matches(device.key().idstr()) || type.filter(t -> t != device.key().type()).isPresent()) {
                continue;
            }
            if (saves) {
                device.save().ifPresent(micros -> measured.add(new Finding.DeviceTime(device.key(), DeviceOperation.SAVE,
                        micros)));
            }
            if (loads) {
                device.load().ifPresent(micros -> measured.add(new Finding.DeviceTime(device.key(), DeviceOperation.LOAD,
                        micros)));
            }
        }
        if (measured.isEmpty()) {
            return new RuleResult(this, subject, RuleResult.unknown(whenUnknown), new Finding.NoDevice(maxMicros, whenUnknown));
        }
        // Stable: equal times keep the devices' order.
        measured.sort(Comparator.comparingLong(Finding.DeviceTime::micros).reversed());
        Finding.Devices found = new Finding.Devices(measured, maxMicros);
        return new RuleResult(this, subject, found.over().isEmpty() ? CheckStatus.PASSED : CheckStatus.FAILED, found);
    }
}

package io.downtime.gate;

import io.downtime.analysis.DeviceTimes;
import io.downtime.model.DeviceOperation;
import io.downtime.model.SectionType;
import io.downtime.run.Durations;
import io.downtime.runset.RunFigures;
import io.downtime.runset.SetRun;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * {@code kind: device}: every device section whose idstr matches {@code match} saved (source) and
 * loaded (destination) within {@code max_us} each, as QEMU measured it (the report's SAVE and LOAD).
 *
 * @param operation only saves or only loads; empty for both
 * @param type      only iterable or only non-iterable sections; empty for both
 */
public record DeviceRule(String name, DeviceGlob match, Optional<DeviceOperation> operation,
                         Optional<SectionType> type, long maxMicros, UnknownPolicy whenUnknown) implements Rule {
    /** Offending devices named in one message before the rest is counted. */
    private static final int NAMED = 3;

    @Override
    public String kind() {
        return "device";
    }

    @Override
    public String demand() {
        return "devices " + match + " at most " + Durations.of(maxMicros) + " per "
                + operation.map(op -> op == DeviceOperation.SAVE ? "save" : "load").orElse("save and load");
    }

    @Override
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(SetRun::figures).map(this::check).toList();
    }

    private RuleResult check(RunFigures run) {
        String subject = run.ref().name();
        String limit = Durations.of(maxMicros);
        boolean saves = operation.map(op -> op == DeviceOperation.SAVE).orElse(true);
        boolean loads = operation.map(op -> op == DeviceOperation.LOAD).orElse(true);
        List<Measured> measured = new ArrayList<>();
        for (DeviceTimes device : run.devices()) {
            if (!match.matches(device.key().idstr()) || type.filter(t -> t != device.key().type()).isPresent()) {
                continue;
            }
            if (saves) {
                device.save().ifPresent(micros -> measured.add(new Measured(device, "save", micros)));
            }
            if (loads) {
                device.load().ifPresent(micros -> measured.add(new Measured(device, "load", micros)));
            }
        }
        if (measured.isEmpty()) {
            return RuleResult.unknown(this, subject, limit, whenUnknown, "no device matching " + match + " in " + subject
                    + " (" + describeFilter() + "); the limit is " + limit);
        }
        measured.sort(Comparator.comparingLong(Measured::micros).reversed());
        Measured worst = measured.get(0);
        List<Measured> over = measured.stream().filter(m -> m.micros > maxMicros).toList();
        String text = worst.name() + " " + Durations.of(worst.micros);
        if (over.isEmpty()) {
            return new RuleResult(this, subject, CheckStatus.PASSED, Optional.of(text), OptionalLong.of(worst.micros), limit,
                    "slowest matching device " + text + " ≤ limit " + limit + " in " + subject);
        }
        String named = over.stream().limit(NAMED).map(m -> m.name() + " " + Durations.of(m.micros))
                .collect(Collectors.joining(", "));
        String more = over.size() > NAMED ? " and " + (over.size() - NAMED) + " more" : "";
        return new RuleResult(this, subject, CheckStatus.FAILED, Optional.of(text), OptionalLong.of(worst.micros), limit,
                named + more + " > limit " + limit + " in " + subject);
    }

    private String describeFilter() {
        return operation.map(op -> op == DeviceOperation.SAVE ? "saves" : "loads").orElse("saves and loads")
                + type.map(t -> " of " + t.traceName() + " sections").orElse("");
    }

    private record Measured(DeviceTimes device, String operation, long micros) {
        String name() {
            return device.key().idstr() + (device.key().instanceId() != 0 ? " #" + device.key().instanceId() : "")
                    + (device.key().type() == SectionType.ITERABLE ? " (iterable)" : "") + " " + operation;
        }
    }
}

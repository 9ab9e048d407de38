package io.downtime.report.migration;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.run.Durations;
import io.downtime.why.BlackoutPart;
import io.downtime.why.BlackoutParts;
import io.downtime.why.Known;
import io.downtime.why.PartDevice;
import io.downtime.why.PartKind;
import io.downtime.why.Why;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The blackout's parts in words (docs/why.md), once for the text report and the HTML page: each part's name,
 * span, share and devices, and the one line that says where the blackout went.
 */
public final class PartWords {
    /** Parts below this share of the blackout are not named in the one-line verdict (the table lists them all). */
    private static final double NAMED_SHARE = 0.1;

    private PartWords() {
    }

    /** What a part is, in a few words. */
    public static String part(PartKind kind) {
        switch (kind) {
            case STOPPING_VCPUS:
                return "stopping the vCPUs";
            case MANAGEMENT_HOLD:
                return "the management layer's hold";
            case RAM:
                return "saving the RAM";
            case DEVICE_STATE:
                return "saving the device state";
            case WAITING_FOR_DESTINATION:
                return "waiting for the destination";
            case DESTINATION_LOADS:
                return "the destination's loads";
            case GUEST_START:
                return "starting the guest";
            default:
                return "unattributed";
        }
    }

    /**
     * Where the blackout went, one line: {@code saving the RAM took 11.382 ms; at least 218.646 ms went to waiting
     * for the destination, which QEMU's estimate does not count}. Empty without parts.
     */
    public static Optional<String> parts(MigrationAnalysis analysis) {
        List<String> parts = named(analysis.why(), Optional.empty());
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    /**
     * Where the blackout went as the report's answer says it, the biggest part first (docs/why.md): {@code most to
     * waiting for the destination: at least 395.935 ms (97.7%), which QEMU's estimate does not count; saving the RAM
     * took 0.606 ms}; {@code most, by the estimates, to ...} when another part may be longer within the clock's
     * uncertainty. Empty without parts.
     */
    static Optional<String> partsAnswer(MigrationAnalysis analysis) {
        Why why = analysis.why();
        Optional<BlackoutParts.Largest> largest = why.parts().largest();
        if (largest.isEmpty()) {
            return parts(analysis);
        }
        BlackoutPart top = largest.get().part();
        List<String> details = new ArrayList<>();
        String share = share(top, analysis);
        if (!share.isEmpty()) {
            details.add(share);
        }
        topDevice(top).ifPresent(details::add);
        Known expected = why.prediction().expectedMicros();
        StringBuilder line = new StringBuilder(largest.get().certain() ? "most to " : "most, by the estimates, to ")
                .append(top.kind() == PartKind.UNATTRIBUTED ? "time no part measures" : part(top.kind())).append(": ")
                .append(WhyFigures.duration(top.duration()))
                .append(details.isEmpty() ? "" : " (" + String.join("; ", details) + ")");
        if (top.kind() == PartKind.RAM) {
            line.append(expected.known() ? ", QEMU expected " + WhyFigures.ms(expected.get()) + " for it" : "");
        } else {
            line.append(", which QEMU's estimate does not count");
        }
        List<String> words = new ArrayList<>(List.of(line.toString()));
        words.addAll(named(why, Optional.of(top.kind())));
        return Optional.of(String.join("; ", words));
    }

    /** A part's share of the blackout's estimate, {@code 91.6%}; empty when the blackout has no estimate. */
    public static String share(BlackoutPart part, MigrationAnalysis analysis) {
        long total = analysis.blackout().guestStopped().map(b -> b.value().orElse(0)).orElse(0L);
        return total > 0 ? Durations.percentOfFraction((double) part.duration().value().orElse(0) / total) : "";
    }

    /** Whether QEMU's estimate counts the part: {@code yes} or {@code no}. */
    public static String inEstimate(BlackoutPart part) {
        return part.kind().inQemuEstimate() ? "yes" : "no";
    }

    /** {@code src-downtime-start -> src-vm-stopped}; the unattributed part's spans, or {@code -}. */
    public static String where(BlackoutPart part) {
        if (part.spans().isEmpty()) {
            return "-";
        }
        List<String> spans = new ArrayList<>();
        part.spans().forEach(span -> spans.add(span.from().name() + " -> " + span.to().name()));
        return String.join(", ", spans);
    }

    /** The devices behind a part, for its table row: {@code ram 32.875 ms}, the largest first. */
    public static String devicesOf(BlackoutPart part) {
        List<String> names = new ArrayList<>();
        String prefix = part.kind() == PartKind.WAITING_FOR_DESTINATION && !part.devices().isEmpty()
                ? "the destination loading " : "";
        for (PartDevice device : part.devices()) {
            names.add(device.key().idstr() + (device.key().instanceId() != 0 ? " " + device.key().instanceId() : "")
                    + " " + WhyFigures.ms(device.micros()));
        }
        String words = prefix + String.join(", ", names);
        return part.overlapped() ? (words.isEmpty() ? "" : words + "; ") + "overlapped (counted from the previous part's end)"
                : words;
    }

    /** The parts worth naming in one line: the RAM, then the parts QEMU does not count that take a tenth of the blackout or more. */
    private static List<String> named(Why why, Optional<PartKind> leftOut) {
        List<String> words = new ArrayList<>();
        long total = why.parts().parts().stream().mapToLong(p -> p.duration().value().orElse(0)).sum();
        // QEMU's prediction is of the RAM alone: set the RAM's part beside it.
        Known expected = why.prediction().expectedMicros();
        why.parts().part(PartKind.RAM).filter(ram -> leftOut.isEmpty() || leftOut.get() != PartKind.RAM)
                .ifPresent(ram -> words.add(part(PartKind.RAM) + " took " + WhyFigures.duration(ram.duration())
                + (expected.known() ? " (QEMU expected " + WhyFigures.ms(expected.get()) + " for it)" : "")));
        List<BlackoutPart> outside = why.parts().parts().stream()
                .filter(p -> !p.kind().inQemuEstimate())
                .filter(p -> leftOut.isEmpty() || p.kind() != leftOut.get())
                .filter(p -> total > 0 && p.duration().value().orElse(0) >= NAMED_SHARE * total)
                .sorted(Comparator.comparingLong((BlackoutPart p) -> p.duration().value().orElse(0)).reversed())
                .toList();
        if (!outside.isEmpty()) {
            List<String> items = new ArrayList<>();
            for (BlackoutPart p : outside) {
                items.add(WhyFigures.duration(p.duration()) + (items.isEmpty() ? " went to " : " to ") + part(p.kind())
                        + devices(p));
            }
            words.add(String.join(", ", items) + ", which QEMU's estimate does not count");
        }
        return words;
    }

    /** {@code  (0000:00:00.0/mch 19.552 ms)}: the largest device behind the destination's loads or the device state. */
    private static String devices(BlackoutPart part) {
        return topDevice(part).map(device -> " (" + device + ")").orElse("");
    }

    /** {@code 0000:00:00.0/mch 19.552 ms}: the largest device behind the destination's loads or the device state. */
    private static Optional<String> topDevice(BlackoutPart part) {
        if ((part.kind() != PartKind.DESTINATION_LOADS && part.kind() != PartKind.DEVICE_STATE) || part.devices().isEmpty()) {
            return Optional.empty();
        }
        PartDevice top = part.devices().get(0);
        return Optional.of(top.key().idstr() + (top.key().instanceId() != 0 ? " " + top.key().instanceId() : "") + " "
                + WhyFigures.ms(top.micros()));
    }
}

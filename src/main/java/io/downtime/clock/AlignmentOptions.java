package io.downtime.clock;

import java.util.OptionalLong;

/**
 * What the user says about the clocks.
 *
 * @param returnPath whether src-downtime-end waits for the destination ({@code --return-path})
 * @param handshake  whether the source QEMU itself opened the connection, so that the handshake
 *                   bounds the offset ({@code --handshake}); a management layer that passes QEMU an
 *                   already connected socket (libvirt does) breaks that assumption
 * @param given      the offset itself, {@code dst - src} in µs ({@code --clock-offset}), from NTP/PTP data
 */
public record AlignmentOptions(EvidenceSwitch returnPath, EvidenceSwitch handshake, OptionalLong given) {
    public static AlignmentOptions automatic() {
        return new AlignmentOptions(EvidenceSwitch.AUTO, EvidenceSwitch.AUTO, OptionalLong.empty());
    }
}

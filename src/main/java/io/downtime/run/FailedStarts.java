package io.downtime.run;

import io.downtime.libvirt.QemuLifetime;
import io.downtime.model.QemuMessage;

/** The sentence that names a QEMU process that failed to start, so that nobody takes it for a migration. */
public final class FailedStarts {
    private FailedStarts() {
    }

    /**
     * {@code LOG: QEMU process 1 (lines 1-52) is a failed start, not a migration: libvirt logged
     * "shutting down, reason=failed" 52 ms after starting it; QEMU said: error: ...}.
     */
    public static String sentence(String input, QemuLifetime failed) {
        StringBuilder sentence = new StringBuilder(input).append(": QEMU process ").append(failed.number())
                .append(" (lines ").append(failed.firstLine()).append('-').append(failed.lastLine())
                .append(") is a failed start, not a migration: libvirt logged \"shutting down, reason=failed\"");
        if (failed.startMicros().isPresent() && failed.endMicros().isPresent()) {
            sentence.append(' ').append(Durations.of(failed.endMicros().getAsLong() - failed.startMicros().getAsLong()))
                    .append(" after starting it");
        }
        failed.qemuMessages().stream().findFirst().map(QemuMessage::text)
                .ifPresent(text -> sentence.append("; QEMU said: ").append(text));
        return sentence.toString();
    }
}

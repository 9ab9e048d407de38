package io.downtime.libvirt;

import io.downtime.model.*;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One QEMU process of a libvirt domain log: from libvirt's {@code starting up} line to the next
 * one. QEMU's own lines written after libvirt's {@code shutting down} (QEMU's last words, such as
 * {@code terminating on signal 15}) still belong to it.
 *
 * @param number              1-based position in the log
 * @param firstLine           line of the first event that belongs to it (its {@code starting up} line when present)
 * @param lastLine            line of the last event that belongs to it
 * @param startup             libvirt's {@code starting up} line; absent when the log begins inside this process's life
 * @param shutdown            libvirt's {@code shutting down} line; absent while the process still runs (or the log was cut)
 * @param guestName           {@code -name guest=...} of its command line
 * @param uuid                {@code -uuid} of its command line, in lower case
 * @param incomingUri         {@code -incoming} of its command line: started to receive a migration
 * @param startedPaused       {@code -S} on its command line: QEMU waits for {@code cont} before running the guest
 * @param migrationsInitiated libvirt's {@code initiating migration} lines (one per attempt to migrate out)
 * @param events              QEMU's own events (trace events and stderr messages), in file order
 */
public record QemuLifetime(int number, long firstLine, long lastLine, Optional<QemuStartup> startup,
                           Optional<QemuShutdown> shutdown, Optional<String> guestName, Optional<String> uuid,
                           Optional<String> incomingUri, boolean startedPaused,
                           List<MigrationInitiated> migrationsInitiated, List<TraceEvent> events) {

    /** libvirt's shut-off reason that marks a QEMU process that could not start (or died during a migration). */
    public static final String REASON_FAILED = "failed";

    public QemuLifetime {
        migrationsInitiated = List.copyOf(migrationsInitiated);
        events = List.copyOf(events);
    }

    /** Started to receive a migration ({@code -incoming} on its command line). */
    public boolean incoming() {
        return incomingUri.isPresent();
    }

    /**
     * True when QEMU's command line was read (libvirt logs one option per line, and the guest's
     * {@code -name} or {@code -uuid} was seen): only then does a missing {@code -incoming} mean the
     * process was not started to receive a migration.
     */
    public boolean commandLineRead() {
        return guestName.isPresent() || uuid.isPresent();
    }

    public Optional<String> endReason() {
        return shutdown.flatMap(QemuShutdown::reason);
    }

    /** When libvirt logged {@code starting up}, in microseconds since the epoch (libvirt's millisecond precision). */
    public OptionalLong startMicros() {
        return startup.map(s -> s.header().timeMicros()).orElse(OptionalLong.empty());
    }

    /** When libvirt logged {@code shutting down}. */
    public OptionalLong endMicros() {
        return shutdown.map(s -> s.header().timeMicros()).orElse(OptionalLong.empty());
    }

    /** Any trace event of a migration: a state change, a checkpoint, a device save or load, a strict-mode event. */
    public boolean hasMigrationEvents() {
        return events.stream().anyMatch(QemuLifetime::isMigrationEvent);
    }

    /**
     * A QEMU process that ended with reason {@code failed} without any migration activity: it failed
     * to start (a refused CPU model, a missing disk), and is no migration, failed or otherwise.
     */
    public boolean failedStart() {
        return endReason().filter(REASON_FAILED::equals).isPresent() && migrationsInitiated.isEmpty()
                && !hasMigrationEvents();
    }

    /** QEMU's stderr messages, which say why a process failed. */
    public List<QemuMessage> qemuMessages() {
        return events.stream().filter(QemuMessage.class::isInstance).map(QemuMessage.class::cast).toList();
    }

    /** The versions and host libvirt logged at startup. */
    public Optional<String> qemuVersion() {
        return startup.flatMap(QemuStartup::qemuVersion);
    }

    public Optional<String> libvirtVersion() {
        return startup.flatMap(QemuStartup::libvirtVersion);
    }

    public Optional<String> hostname() {
        return startup.flatMap(QemuStartup::hostname);
    }

    private static boolean isMigrationEvent(TraceEvent event) {
        return event instanceof StateChange || event instanceof Checkpoint || event instanceof DeviceDowntime
                || event instanceof DowntimeSent || event instanceof DowntimeReceived || event instanceof DestinationAbort
                || event instanceof AbortLimitReached || event instanceof DowntimeLimitExceeded;
    }
}

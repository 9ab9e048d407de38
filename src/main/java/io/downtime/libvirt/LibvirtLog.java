package io.downtime.libvirt;

import io.downtime.model.GuestName;
import io.downtime.model.GuestUuid;
import io.downtime.model.IncomingOption;
import io.downtime.model.MigrationInitiated;
import io.downtime.model.QemuShutdown;
import io.downtime.model.QemuStartup;
import io.downtime.model.StartPausedOption;
import io.downtime.model.TraceEvent;

import java.util.List;
import java.util.Optional;

/**
 * A libvirt domain log split into the QEMU processes it records, in file order. A log without
 * any of libvirt's own lines (a plain QEMU trace) has no lifetimes: {@link #recognised()} is false.
 *
 * @param input the input's display name
 */
public record LibvirtLog(String input, List<QemuLifetime> lifetimes) {

    public LibvirtLog {
        lifetimes = List.copyOf(lifetimes);
    }

    /**
     * True when the events hold any of libvirt's own lines (its start, shutdown and migration lines,
     * the QEMU command-line options it logs): only then is splitting worth it, a plain trace of
     * millions of events is not copied into a lifetime for nothing.
     */
    public static boolean holdsLibvirtLines(Iterable<? extends TraceEvent> events) {
        for (TraceEvent event : events) {
            if (event instanceof QemuStartup || event instanceof QemuShutdown || event instanceof MigrationInitiated
                    || event instanceof GuestName || event instanceof GuestUuid || event instanceof IncomingOption
                    || event instanceof StartPausedOption) {
                return true;
            }
        }
        return false;
    }

    /** Splits the events of one input, read in file order. */
    public static LibvirtLog split(String input, Iterable<? extends TraceEvent> events) {
        LifetimeSplitter splitter = new LifetimeSplitter(input);
        events.forEach(splitter::accept);
        return splitter.finish();
    }

    /** True when the input held libvirt's own lines, so its lifetimes mean something. */
    public boolean recognised() {
        return !lifetimes.isEmpty();
    }

    /** The guest's UUID: the first lifetime's that has one (every lifetime of one domain log is the same guest). */
    public Optional<String> uuid() {
        return lifetimes.stream().map(QemuLifetime::uuid).flatMap(Optional::stream).findFirst();
    }

    public Optional<String> guestName() {
        return lifetimes.stream().map(QemuLifetime::guestName).flatMap(Optional::stream).findFirst();
    }

    /** The lifetime that holds line {@code line} of the log. */
    public Optional<QemuLifetime> lifetimeAt(long line) {
        return lifetimes.stream().filter(l -> l.firstLine() <= line && line <= l.lastLine()).findFirst();
    }

    public List<QemuLifetime> failedStarts() {
        return lifetimes.stream().filter(QemuLifetime::failedStart).toList();
    }
}

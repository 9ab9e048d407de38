package io.downtime.libvirt;

import io.downtime.model.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the lifetimes of one domain log from its events as they are read. A new lifetime begins
 * at each {@code starting up}; a {@code shutting down} ends the current one, and a second
 * {@code shutting down} without a {@code starting up} between them (lines lost, or a start line
 * that was rejected) begins a lifetime whose start is not in the log. Nothing is dropped: every
 * event belongs to exactly one lifetime.
 */
public final class LifetimeSplitter {
    private final String input;
    private final List<QemuLifetime> done = new ArrayList<>();
    private boolean libvirtSeen;
    private Open current;

    public LifetimeSplitter(String input) {
        this.input = input;
    }

    public void accept(TraceEvent event) {
        long line = event.header().where().line();
        if (event instanceof QemuStartup startup) {
            libvirtSeen = true;
            close();
            current = new Open(line, Optional.of(startup));
            return;
        }
        if (current == null || (event instanceof QemuShutdown && current.shutdown.isPresent())) {
            close();
            current = new Open(line, Optional.empty());
        }
        current.lastLine = line;
        if (event instanceof QemuShutdown shutdown) {
            libvirtSeen = true;
            current.shutdown = Optional.of(shutdown);
        } else if (event instanceof MigrationInitiated initiated) {
            libvirtSeen = true;
            current.migrationsInitiated.add(initiated);
        } else if (event instanceof GuestName name) {
            libvirtSeen = true;
            current.guestName = current.guestName.or(() -> Optional.of(name.name()));
        } else if (event instanceof GuestUuid uuid) {
            libvirtSeen = true;
            current.uuid = current.uuid.or(() -> Optional.of(uuid.uuid()));
        } else if (event instanceof IncomingOption incoming) {
            libvirtSeen = true;
            current.incomingUri = current.incomingUri.or(() -> Optional.of(incoming.uri()));
        } else if (event instanceof StartPausedOption) {
            libvirtSeen = true;
            current.startedPaused = true;
        } else {
            current.events.add(event);
        }
    }

    /** The log as read so far; no lifetimes when none of libvirt's own lines were seen. */
    public LibvirtLog finish() {
        close();
        return new LibvirtLog(input, libvirtSeen ? done : List.of());
    }

    private void close() {
        if (current != null) {
            done.add(new QemuLifetime(done.size() + 1, current.firstLine, current.lastLine, current.startup,
                    current.shutdown, current.guestName, current.uuid, current.incomingUri, current.startedPaused,
                    current.migrationsInitiated, current.events));
            current = null;
        }
    }

    /** The lifetime being read. */
    private static final class Open {
        final long firstLine;
        long lastLine;
        final Optional<QemuStartup> startup;
        Optional<QemuShutdown> shutdown = Optional.empty();
        Optional<String> guestName = Optional.empty();
        Optional<String> uuid = Optional.empty();
        Optional<String> incomingUri = Optional.empty();
        boolean startedPaused;
        final List<MigrationInitiated> migrationsInitiated = new ArrayList<>();
        final List<TraceEvent> events = new ArrayList<>();

        Open(long line, Optional<QemuStartup> startup) {
            this.firstLine = line;
            this.lastLine = line;
            this.startup = startup;
        }
    }
}

package io.downtime.testing;

import io.downtime.run.FoundMigrations;
import io.downtime.run.LogInputs;
import io.downtime.run.LogLoader;
import io.downtime.run.MigrationFinder;
import io.downtime.run.MigrationPair;
import io.downtime.trace.Diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loads real sample cases (or files derived from them) the way {@code analyzer report} does. */
public final class SampleMigrations {
    private SampleMigrations() {
    }

    /** The migrations of {@code sample-traces/<name>}, read cleanly. */
    public static FoundMigrations found(String name) {
        return found(List.of(SampleTraces.path(name).toString()));
    }

    public static FoundMigrations found(List<String> paths) {
        LogLoader.Loaded loaded = load(paths);
        return MigrationFinder.standard().find(loaded.logs(), Optional.empty());
    }

    public static LogLoader.Loaded load(List<String> paths) {
        LogInputs.Located located = LogInputs.locate(paths, List.of());
        assertTrue(located.problems().isEmpty(), located.problems().toString());
        List<Diagnostic> diagnostics = new ArrayList<>();
        LogLoader.Loaded loaded = LogLoader.load(located.logs(), diagnostics::add);
        assertTrue(diagnostics.isEmpty(), diagnostics.toString());
        return loaded;
    }

    /** The one migration of a sample case. */
    public static MigrationPair only(String name) {
        FoundMigrations found = found(name);
        assertEquals(1, found.migrations().size(), "migrations of " + name);
        return found.migrations().get(0);
    }

    /**
     * The migration of sample-traces/libvirt-one-migration, read from its two libvirt domain logs
     * ({@code src-host-guest-a.log}, {@code dst-host-guest-a.log}).
     */
    public static MigrationPair libvirt() {
        return found(List.of(path(LIBVIRT_SOURCE), path(LIBVIRT_DESTINATION))).migrations().get(0);
    }

    public static final String LIBVIRT_SOURCE = "libvirt-one-migration/src-host-guest-a.log";
    public static final String LIBVIRT_DESTINATION = "libvirt-one-migration/dst-host-guest-a.log";

    public static String path(String relative) {
        return SampleTraces.path(relative).toString();
    }

    public static Path casePath(String name) {
        return SampleTraces.path(name);
    }
}

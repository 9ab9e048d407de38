package io.downtime.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything this tool knows about {@code vmstate_downtime_checkpoint} names: which host emits
 * each, their canonical order, and the older names without the {@code src-}/{@code dst-} prefix
 * (QEMU's first builds with these trace points). Names are data: a name not listed here is kept
 * and shown as written; it simply carries no meaning for the analyses.
 */
public final class CheckpointCatalogue {
    public static final String SRC_DOWNTIME_START = "src-downtime-start";
    public static final String SRC_VM_STOPPED = "src-vm-stopped";
    public static final String SRC_ITERABLE_SAVED = "src-iterable-saved";
    public static final String SRC_NON_ITERABLE_SAVED = "src-non-iterable-saved";
    public static final String SRC_DOWNTIME_END = "src-downtime-end";
    public static final String DST_PRECOPY_LOADVM_COMPLETED = "dst-precopy-loadvm-completed";
    public static final String DST_PRECOPY_BH_ENTER = "dst-precopy-bh-enter";
    public static final String DST_PRECOPY_BH_ANNOUNCED = "dst-precopy-bh-announced";
    public static final String DST_PRECOPY_BH_VM_STARTED = "dst-precopy-bh-vm-started";
    public static final String DST_POSTCOPY_BH_ENTER = "dst-postcopy-bh-enter";
    public static final String DST_POSTCOPY_BH_CPU_SYNCED = "dst-postcopy-bh-cpu-synced";
    public static final String DST_POSTCOPY_BH_ANNOUNCED = "dst-postcopy-bh-announced";
    public static final String DST_POSTCOPY_BH_CACHE_INVALIDATED = "dst-postcopy-bh-cache-invalidated";
    public static final String DST_POSTCOPY_BH_VM_STARTED = "dst-postcopy-bh-vm-started";

    /**
     * A checkpoint this tool knows.
     *
     * @param name   canonical (prefixed) name
     * @param host   the host that emits it
     * @param order  position in the canonical order of a switchover (source first, then destination)
     * @param onlyIn the mode it belongs to, empty when both precopy and postcopy emit it
     */
    public record KnownCheckpoint(String name, Role host, int order, Optional<MigrationMode> onlyIn) {
        /** The name older QEMU builds used: the canonical one without its {@code src-}/{@code dst-} prefix. */
        public String unprefixedName() {
            return name.substring(host.abbreviation().length() + 1);
        }

        /** True for the destination's {@code *-vm-started}: the guest runs again, on the destination. */
        public boolean startsGuest() {
            return name.equals(DST_PRECOPY_BH_VM_STARTED) || name.equals(DST_POSTCOPY_BH_VM_STARTED);
        }
    }

    private static final List<KnownCheckpoint> KNOWN = List.of(
            source(SRC_DOWNTIME_START, 1),
            source(SRC_VM_STOPPED, 2),
            source(SRC_ITERABLE_SAVED, 3),
            source(SRC_NON_ITERABLE_SAVED, 4),
            source(SRC_DOWNTIME_END, 5),
            new KnownCheckpoint(DST_PRECOPY_LOADVM_COMPLETED, Role.DESTINATION, 10, Optional.empty()),
            destination(DST_PRECOPY_BH_ENTER, 11, MigrationMode.PRECOPY),
            destination(DST_PRECOPY_BH_ANNOUNCED, 12, MigrationMode.PRECOPY),
            destination(DST_PRECOPY_BH_VM_STARTED, 13, MigrationMode.PRECOPY),
            destination(DST_POSTCOPY_BH_ENTER, 20, MigrationMode.POSTCOPY),
            destination(DST_POSTCOPY_BH_CPU_SYNCED, 21, MigrationMode.POSTCOPY),
            destination(DST_POSTCOPY_BH_ANNOUNCED, 22, MigrationMode.POSTCOPY),
            destination(DST_POSTCOPY_BH_CACHE_INVALIDATED, 23, MigrationMode.POSTCOPY),
            destination(DST_POSTCOPY_BH_VM_STARTED, 24, MigrationMode.POSTCOPY));

    private static final Map<String, KnownCheckpoint> BY_WRITTEN_NAME = index();

    private CheckpointCatalogue() {
    }

    /** The known checkpoint a name stands for, in its canonical or its older unprefixed form. */
    public static Optional<KnownCheckpoint> lookup(String written) {
        return Optional.ofNullable(BY_WRITTEN_NAME.get(written));
    }

    /** The canonical name of a known checkpoint; an unknown name as written. */
    public static String canonical(String written) {
        return lookup(written).map(KnownCheckpoint::name).orElse(written);
    }

    /** The host that emits a checkpoint, when the name is known. */
    public static Optional<Role> host(String written) {
        return lookup(written).map(KnownCheckpoint::host);
    }

    /** Every known checkpoint, in canonical order. */
    public static List<KnownCheckpoint> all() {
        return KNOWN;
    }

    /** The checkpoints a complete run of this role emits in this mode, in canonical order. */
    public static List<String> expected(Role role, MigrationMode mode) {
        List<String> names = new ArrayList<>();
        for (KnownCheckpoint known : KNOWN) {
            if (known.host() == role && known.onlyIn().map(m -> m == mode).orElse(true)) {
                names.add(known.name());
            }
        }
        return Collections.unmodifiableList(names);
    }

    private static KnownCheckpoint source(String name, int order) {
        return new KnownCheckpoint(name, Role.SOURCE, order, Optional.empty());
    }

    private static KnownCheckpoint destination(String name, int order, MigrationMode mode) {
        return new KnownCheckpoint(name, Role.DESTINATION, order, Optional.of(mode));
    }

    private static Map<String, KnownCheckpoint> index() {
        Map<String, KnownCheckpoint> byName = new HashMap<>();
        for (KnownCheckpoint known : KNOWN) {
            byName.put(known.name(), known);
            byName.put(known.unprefixedName(), known);
        }
        return Map.copyOf(byName);
    }
}

package io.downtime.run;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One migration: a source run and the destination run that received from it. Either side may be
 * missing (a destination that never started, a log of one host only), never both.
 *
 * @param index 1-based position in the list of migrations found (what {@code --run N} picks)
 * @param how   how the two runs were matched, or why one stands alone
 */
public record MigrationPair(int index, Optional<Run> source, Optional<Run> destination, PairingBasis basis,
                            PairingReason how) {
    public MigrationPair {
        if (source.isEmpty() && destination.isEmpty()) {
            throw new IllegalArgumentException("a migration needs at least one run");
        }
    }

    public boolean complete() {
        return source.isPresent() && destination.isPresent();
    }

    /** Postcopy when either side shows postcopy. */
    public MigrationMode mode() {
        boolean postcopy = source.map(run -> run.mode() == MigrationMode.POSTCOPY).orElse(false)
                || destination.map(run -> run.mode() == MigrationMode.POSTCOPY).orElse(false);
        return postcopy ? MigrationMode.POSTCOPY : MigrationMode.PRECOPY;
    }

    public Optional<Run> run(Role role) {
        return role == Role.SOURCE ? source : destination;
    }

    /** Its runs, source first. */
    public List<Run> runs() {
        return Stream.of(source, destination).flatMap(Optional::stream).toList();
    }

    /** True when libvirt ran this migration: a side's run comes from a libvirt domain log. */
    public boolean libvirt() {
        return runs().stream().anyMatch(run -> run.lifetime().isPresent());
    }

    /** True when both sides' logs carry timestamps (a lone side: when it does). */
    public boolean timed() {
        return source.map(Run::timed).orElse(true) && destination.map(Run::timed).orElse(true);
    }
}

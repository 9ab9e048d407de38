package io.downtime.run;

import java.util.List;
import java.util.Optional;

/**
 * A run's role and why.
 *
 * @param role     empty when nothing shows it
 * @param evidence the reasons, strongest first; for {@link RoleBasis#COUNTERPART} and
 *                 {@link RoleBasis#FORCED} also what the events alone showed
 * @param note     how the role was settled (conflicts, counterpart, forcing, a guess)
 */
public record RoleAssignment(Optional<Role> role, RoleBasis basis, List<RoleEvidence> evidence, RoleNote note) {
    public RoleAssignment {
        evidence = List.copyOf(evidence);
    }

    public boolean is(Role candidate) {
        return role.isPresent() && role.get() == candidate;
    }
}

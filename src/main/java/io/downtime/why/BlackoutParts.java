package io.downtime.why;

import java.util.List;
import java.util.Optional;

/**
 * The blackout split into parts that add up to it (docs/why.md): the named parts in the order they
 * happen, then {@link PartKind#UNATTRIBUTED}, always present (0 when nothing is left).
 *
 * @param parts       empty when the blackout is unknown
 * @param sequence    the parts' spans end to end in the order they happen, the unattributed ones where they lie
 * @param unmeasured  the named parts the trace cannot measure (a checkpoint is missing); their time is
 *                    in the unattributed part
 * @param unavailable why there are no parts
 */
public record BlackoutParts(List<BlackoutPart> parts, List<Piece> sequence, List<PartKind> unmeasured,
                            Optional<String> unavailable) {
    public BlackoutParts {
        parts = List.copyOf(parts);
        sequence = List.copyOf(sequence);
        unmeasured = List.copyOf(unmeasured);
    }

    public static BlackoutParts none(String why) {
        return new BlackoutParts(List.of(), List.of(), List.of(), Optional.of(why));
    }

    public Optional<BlackoutPart> part(PartKind kind) {
        return parts.stream().filter(part -> part.kind() == kind).findFirst();
    }
}

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
                            Optional<PartsUnavailable> unavailable) {
    public BlackoutParts {
        parts = List.copyOf(parts);
        sequence = List.copyOf(sequence);
        unmeasured = List.copyOf(unmeasured);
    }

    public static BlackoutParts none(PartsUnavailable why) {
        return new BlackoutParts(List.of(), List.of(), List.of(), Optional.of(why));
    }

    public Optional<BlackoutPart> part(PartKind kind) {
        return parts.stream().filter(part -> part.kind() == kind).findFirst();
    }

    /**
     * The biggest part (docs/why.md): the one with the largest estimate, the earliest on a tie; empty without
     * parts or when no part has an estimate.
     */
    public Optional<Largest> largest() {
        Optional<BlackoutPart> top = parts.stream().filter(part -> part.duration().value().isPresent())
                .reduce((a, b) -> b.duration().value().getAsLong() > a.duration().value().getAsLong() ? b : a);
        return top.map(part -> new Largest(part, parts.stream().filter(other -> other != part)
                .allMatch(other -> certainlyNotLonger(other, part))));
    }

    /** True when {@code other} cannot be longer than {@code part} whatever the clock offset. */
    private static boolean certainlyNotLonger(BlackoutPart other, BlackoutPart part) {
        return other.duration().bounds().high().isPresent() && part.duration().bounds().low().isPresent()
                && other.duration().bounds().high().getAsLong() <= part.duration().bounds().low().getAsLong();
    }

    /**
     * The biggest part of the blackout.
     *
     * @param certain true when it is the biggest whatever the clock offset within its interval (its low end is at
     *                least every other part's high end); false when it is only the biggest by the estimates
     */
    public record Largest(BlackoutPart part, boolean certain) {
    }
}

package io.downtime.clock;

import io.downtime.run.Role;

/**
 * Something else the reader of an alignment should know (why there is none, a contradiction, a given offset), with
 * the bounds and values it rests on; {@code report.words.ClockWords} words it.
 */
public sealed interface ClockNote {

    /** Only one host's run: nothing links the two clocks. */
    record OneHostOnly() implements ClockNote {
    }

    /** {@code host}'s trace lines carry no timestamps. */
    record Untimed(Role host) implements ClockNote {
    }

    /** libvirt ran the migration: the handshake bound is off, so the interval is wider. */
    record LibvirtHandshakeOff() implements ClockNote {
    }

    /** The binding lower bound lies above the binding upper one. */
    record BoundsContradict(OffsetBound lower, OffsetBound upper) implements ClockNote {
    }

    /** No device both saved and loaded, no handshake states. */
    record NoLink() implements ClockNote {
    }

    /** The user gave the offset ({@code --clock-offset}). */
    record OffsetGiven(long micros) implements ClockNote {
    }

    /** The given offset breaks {@code bound}, an assumption taken automatically, which is therefore not used. */
    record GivenBreaksAssumption(OffsetBound bound) implements ClockNote {
    }
}

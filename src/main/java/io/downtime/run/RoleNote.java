package io.downtime.run;

import java.util.Optional;

/** How a run's role was settled, with the values that settled it; {@code report.words.RoleWords} words it. */
public sealed interface RoleNote {

    /** The clues of one kind ({@code by}: events, state threads or messages) all point to one side. */
    record Shown(RoleBasis by) implements RoleNote {
    }

    /** Clues point to both sides: {@code source} and {@code destination} lines; the side with more, {@code taken}, wins. */
    record Conflicting(long source, long destination, Role taken) implements RoleNote {
    }

    /** Nothing in the run shows its role. */
    record NothingShown() implements RoleNote {
    }

    /** {@code --role} gave it; {@code eventsShow}: the other side, when the run's own events point there. */
    record Forced(Optional<Role> eventsShow) implements RoleNote {
    }

    /** Nothing in the run shows it; the other logs' runs that show theirs are all {@code others} runs. */
    record Counterpart(Role others) implements RoleNote {
    }

    /** Nothing in the run or the other logs shows it; the log's file name does. */
    record FromFileName() implements RoleNote {
    }

    /** A guess for two logs nothing tells apart: the first log given is taken as the source's. */
    record GuessFirstGiven() implements RoleNote {
    }

    /**
     * A guess for two logs nothing tells apart: the run that waited longer from setup to active ({@code longer}
     * against {@code shorter} µs, each on its own clock) is taken as the destination's.
     */
    record GuessLongerWait(long longer, long shorter) implements RoleNote {
    }
}

package io.downtime.run;

import java.util.Optional;

/**
 * What this tool knows about the states of {@code migrate_set_state new state X}. Like checkpoint
 * names, states are data: an unknown state is kept and shown, it just means nothing here.
 */
public final class MigrationStates {
    public static final String SETUP = "setup";
    public static final String ACTIVE = "active";
    public static final String PRE_SWITCHOVER = "pre-switchover";
    public static final String DEVICE = "device";
    public static final String POSTCOPY_ACTIVE = "postcopy-active";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String CANCELLING = "cancelling";
    public static final String CANCELLED = "cancelled";

    private MigrationStates() {
    }

    /** How a run ends when it enters this state, empty for a state that does not end it. */
    public static Optional<RunStatus> ending(String state) {
        switch (state) {
            case COMPLETED:
                return Optional.of(RunStatus.COMPLETED);
            case FAILED:
                return Optional.of(RunStatus.FAILED);
            case CANCELLED:
                return Optional.of(RunStatus.CANCELLED);
            default:
                return Optional.empty();
        }
    }

    /**
     * The only host that enters this state. The incoming side of QEMU's state machine knows only
     * setup, active, postcopy states, completed and failed; the source alone stops the guest
     * (device, and pre-switchover when management asked to pause before switchover) and alone
     * can be cancelled.
     */
    public static Optional<Role> onlyOn(String state) {
        switch (state) {
            case DEVICE:
            case PRE_SWITCHOVER:
            case CANCELLING:
            case CANCELLED:
                return Optional.of(Role.SOURCE);
            default:
                return Optional.empty();
        }
    }

    /** True for the states of a postcopy phase ({@code postcopy-active}, {@code postcopy-paused}, ...). */
    public static boolean isPostcopy(String state) {
        return state.startsWith("postcopy-");
    }
}

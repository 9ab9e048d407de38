package io.downtime.strict;

/**
 * Why no policy can be replayed on a run: every policy's timer starts at the source's {@code src-downtime-start},
 * on the source's clock, so a run without it, or without times, gives the replay nothing to start from. Worded by
 * {@code report/words/ReplayWords}.
 */
public enum Unreplayable {
    /** QEMU ran with {@code -msg timestamp=off}: the lines carry no times, so no check has one. */
    UNTIMED,
    /** Only the destination's log is there. */
    NO_SOURCE,
    /** The source's log holds no {@code src-downtime-start}: the guest was never stopped. */
    NEVER_STOPPED
}

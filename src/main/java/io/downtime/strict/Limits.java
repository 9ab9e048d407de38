package io.downtime.strict;

/**
 * The strict-mode parameters as QEMU takes them, in whole milliseconds: {@code downtime-limit} and
 * the RFC's {@code switchover-limit}. The RFC aborts at {@code abort_limit = downtime_limit + switchover_limit}.
 */
public record Limits(long downtimeLimitMs, long switchoverLimitMs) {
    /**
     * The largest limit taken, in ms: QEMU's largest downtime-limit (2000 s; it refuses more). With
     * both limits at most this, their sum, the abort limit, cannot overflow.
     */
    public static final long MAX_MS = 2_000_000;

    public Limits {
        if (downtimeLimitMs < 0 || switchoverLimitMs < 0 || downtimeLimitMs > MAX_MS || switchoverLimitMs > MAX_MS) {
            throw new IllegalArgumentException("each limit is from 0 to " + MAX_MS + " ms: " + downtimeLimitMs + " + "
                    + switchoverLimitMs);
        }
    }

    /** What the RFC sends to the destination and both sides compare with. */
    public long abortLimitMs() {
        return downtimeLimitMs + switchoverLimitMs;
    }

    /** {@code downtime-limit 5 ms + switchover-limit 1 ms = abort limit 6 ms}. */
    public String describe() {
        return "downtime-limit " + downtimeLimitMs + " ms + switchover-limit " + switchoverLimitMs
                + " ms = abort limit " + abortLimitMs() + " ms";
    }
}

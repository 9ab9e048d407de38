package io.downtime.strict;

/**
 * An abort policy: a pure function of a recorded switchover and the limits, without I/O. Each policy
 * is one class; docs/strict-mode.md gives each one's rules, and report words them
 * ({@code report.replay.PolicyWords#rule}).
 */
public sealed interface Policy permits RfcPolicy, TotalPolicy, SourceAckPolicy {

    /** {@code rfc}, {@code total}, {@code source-ack}: the name on the command line. */
    String name();

    /** The limit it promises the blackout stays within. */
    long promisedLimitMs(Limits limits);

    /** What it needs of a run for any limits, computed once (the sweep's per-run work). */
    PreparedReplay prepare(Switchover run, ReplayOptions options);

    /** Everything it does on a run at these limits; its outcome is {@code prepare(run, options).outcome(limits)}. */
    PolicyVerdict replay(Switchover run, Limits limits, ReplayOptions options);
}

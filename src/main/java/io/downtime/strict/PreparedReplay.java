package io.downtime.strict;

/**
 * What a policy needs of one run, computed once so that each setting of the limits costs a few
 * arithmetic operations: the sweep evaluates it for every cell of its grid, the replay for its one.
 */
public interface PreparedReplay {
    PolicyOutcome outcome(Limits limits);
}

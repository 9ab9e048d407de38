package io.downtime.cli;

/** What the exit status means, for every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A gate rule or a check failed. */
    public static final int CHECK_FAILED = 1;
    /** Bad usage, or input that could not be read or was rejected. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}

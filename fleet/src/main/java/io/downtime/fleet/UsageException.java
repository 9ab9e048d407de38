package io.downtime.fleet;

/** Bad usage: the command says why, and exits 2 without running the job. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}

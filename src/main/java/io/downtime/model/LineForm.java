package io.downtime.model;

/** How a line was stamped, which decides what its time and id mean. */
public enum LineForm {
    /** Log backend, QEMU up to 10.0: {@code TID@SECONDS.MICROS:event}. The id is a thread id. */
    LOG_THREAD_STAMP,
    /** Log backend, QEMU 10.1 and later, and stderr messages: {@code 2025-07-21T18:43:28.089797Z event}. */
    ISO_TIME,
    /** SystemTap: {@code PID@NANOSECONDS event}. The id is a process id; time is truncated to microseconds. */
    SYSTEMTAP,
    /** libvirt's own lines in a domain log: {@code 2026-11-26 01:05:21.699+0000: }, milliseconds. No id. */
    LIBVIRT_STAMP,
    /** {@code -msg timestamp=off}, and libvirt's command-line lines: no time, no id. */
    UNSTAMPED
}

package io.downtime.why;

import io.downtime.trace.Diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * What a QEMU parameters file gave: the limit, when one could be read, and every problem at its line and
 * column. A file with problems may still give a limit (a libvirt log with one unreadable setting and a good
 * one); its problems are reported all the same.
 */
public record ParametersRead(Optional<DowntimeLimit> limit, List<Diagnostic> diagnostics) {
}

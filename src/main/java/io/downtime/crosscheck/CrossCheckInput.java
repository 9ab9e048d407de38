package io.downtime.crosscheck;

/**
 * One report of QEMU or libvirt read for cross-checking, and how it came to be read.
 *
 * @param report         what it reported
 * @param besideTheLogs  true when it was picked up beside the logs ({@code *domjobinfo*.txt}), false
 *                       when named with an option
 */
public record CrossCheckInput(ToolReport report, boolean besideTheLogs) {
}

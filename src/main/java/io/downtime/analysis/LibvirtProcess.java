package io.downtime.analysis;

import io.downtime.libvirt.QemuLifetime;

/**
 * One side of a libvirt migration: the domain log and the QEMU process in it that ran the side's run.
 *
 * @param log     the domain log's name as given
 * @param process the QEMU process: its lines, libvirt's and QEMU's versions, the host, the command line
 */
public record LibvirtProcess(String log, QemuLifetime process) {
}

package io.downtime.model;

import java.util.Optional;

/**
 * libvirt's {@code starting up libvirt version: V, package: P, qemu version: Q..., kernel: K, hostname: H}:
 * libvirt is about to start a new QEMU process for the guest. Every field is what libvirt printed;
 * old libvirt releases leave some out.
 *
 * @param qemuVersion QEMU's version as libvirt prints it, {@code major.minor.micro}
 * @param qemuPackage QEMU's package string, printed right after the version ({@code Debian 1:10.0.2+ds-2...})
 */
public record QemuStartup(EventHeader header, Optional<String> libvirtVersion, Optional<String> libvirtPackage,
                          Optional<String> qemuVersion, Optional<String> qemuPackage, Optional<String> kernel,
                          Optional<String> hostname) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.QEMU_STARTUP;
    }
}

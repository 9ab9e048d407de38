/**
 * libvirt domain logs ({@code /var/log/libvirt/qemu/GUEST.log}) as a sequence of QEMU process
 * lifetimes: {@link io.downtime.libvirt.LibvirtLog}, {@link io.downtime.libvirt.QemuLifetime}, and the
 * {@link io.downtime.libvirt.LifetimeSplitter} that builds them from the events of one log.
 * docs/libvirt-logs.md describes the same for users.
 */
package io.downtime.libvirt;

/**
 * Cross-check inputs: the downtime figures QEMU and libvirt report themselves ({@code virsh
 * domjobinfo}, QMP {@code query-migrate}, HMP {@code info migrate}), read into one
 * {@link io.downtime.crosscheck.ReportedFigures} record each ({@link io.downtime.crosscheck.CrossCheckFiles}
 * finds and reads them), and {@link io.downtime.crosscheck.CrossCheck}, which sets them beside the
 * figures the traces give and explains each mismatch. docs/cross-checks.md defines every figure and
 * why they differ.
 */
package io.downtime.crosscheck;

/**
 * Cross-check inputs: the downtime figures QEMU and libvirt report themselves ({@code virsh
 * domjobinfo}, QMP {@code query-migrate}, HMP {@code info migrate}), read into one
 * {@link io.downtime.crosscheck.ReportedFigures} record each, to be shown beside the figures the
 * traces give. docs/cross-checks.md defines every figure and why they differ.
 */
package io.downtime.crosscheck;

package io.downtime.crosscheck;

import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Which figure of a {@link ToolReport} is compared with the trace, each with the name the reporting
 * tool gives it and the {@link TraceFigure} it is set against.
 */
public enum ToolFigure {
    DOWNTIME("Total downtime", "downtime", TraceFigure.QEMU_DOWNTIME, ToolReport::downtimeMs),
    DOWNTIME_WITHOUT_NETWORK("Downtime w/o network", "downtime w/o network", TraceFigure.QEMU_DOWNTIME,
            ToolReport::downtimeWithoutNetworkMs),
    SETUP_TIME("Setup time", "setup-time", TraceFigure.QEMU_SETUP, ToolReport::setupTimeMs),
    TOTAL_TIME("Time elapsed", "total-time", TraceFigure.QEMU_TOTAL, ToolReport::totalTimeMs),
    TOTAL_TIME_WITHOUT_NETWORK("Time elapsed w/o network", "total time w/o network", TraceFigure.QEMU_TOTAL,
            ToolReport::totalTimeWithoutNetworkMs);

    private final String libvirtName;
    private final String qemuName;
    private final TraceFigure against;
    private final Function<ToolReport, OptionalLong> value;

    ToolFigure(String libvirtName, String qemuName, TraceFigure against, Function<ToolReport, OptionalLong> value) {
        this.libvirtName = libvirtName;
        this.qemuName = qemuName;
        this.against = against;
        this.value = value;
    }

    /** {@code Total downtime} for virsh, {@code downtime} for QEMU (QMP's name; HMP prints the same figure). */
    public String name(FigureSource source) {
        return source == FigureSource.VIRSH_DOMJOBINFO ? libvirtName : qemuName;
    }

    /**
     * QEMU and libvirt read a millisecond clock at both ends of what they time, so a figure of
     * {@code r} ms stands for a true duration within 1 ms of it either way: closer than this agrees.
     */
    static final long RESOLUTION_MICROS = 1_000;

    /**
     * Whether {@code reported} (this figure, in µs) agrees with {@code traced}, the trace figure it is
     * set against. Setup-time starts after the connection is made, so the trace's setup -> active
     * only bounds it from above; every other figure measures its trace interval to the millisecond.
     */
    boolean agrees(long reported, long traced) {
        if (this == SETUP_TIME) {
            return reported < traced + RESOLUTION_MICROS;
        }
        return Math.abs(reported - traced) < RESOLUTION_MICROS;
    }

    public TraceFigure against() {
        return against;
    }

    public OptionalLong valueMs(ToolReport figures) {
        return value.apply(figures);
    }
}

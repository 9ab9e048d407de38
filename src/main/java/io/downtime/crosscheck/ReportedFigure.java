package io.downtime.crosscheck;

import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The figures of a report that are compared with the trace, each with the name the reporting tool
 * gives it and the trace figure it is set against.
 */
public enum ReportedFigure {
    DOWNTIME("Total downtime", "downtime", TraceFigure.QEMU_DOWNTIME, ReportedFigures::downtimeMs),
    DOWNTIME_WITHOUT_NETWORK("Downtime w/o network", "downtime w/o network", TraceFigure.QEMU_DOWNTIME,
            ReportedFigures::downtimeWithoutNetworkMs),
    SETUP_TIME("Setup time", "setup-time", TraceFigure.QEMU_SETUP, ReportedFigures::setupTimeMs),
    TOTAL_TIME("Time elapsed", "total-time", TraceFigure.QEMU_TOTAL, ReportedFigures::totalTimeMs),
    TOTAL_TIME_WITHOUT_NETWORK("Time elapsed w/o network", "total time w/o network", TraceFigure.QEMU_TOTAL,
            ReportedFigures::totalTimeWithoutNetworkMs);

    private final String libvirtName;
    private final String qemuName;
    private final TraceFigure against;
    private final Function<ReportedFigures, OptionalLong> value;

    ReportedFigure(String libvirtName, String qemuName, TraceFigure against, Function<ReportedFigures, OptionalLong> value) {
        this.libvirtName = libvirtName;
        this.qemuName = qemuName;
        this.against = against;
        this.value = value;
    }

    /** {@code Total downtime} for virsh, {@code downtime} for QEMU (QMP's name; HMP prints the same figure). */
    public String name(FigureSource source) {
        return source == FigureSource.VIRSH_DOMJOBINFO ? libvirtName : qemuName;
    }

    public TraceFigure against() {
        return against;
    }

    public OptionalLong valueMs(ReportedFigures figures) {
        return value.apply(figures);
    }
}

package io.downtime.why;

import io.downtime.model.LineRef;

import java.util.List;
import java.util.Optional;

/**
 * Where a {@link DowntimeLimit} came from, with the values that show it: the option, the file and line, or
 * QEMU's arithmetic on the {@code migrate_transferred} line ({@link ThresholdLimit}). Worded by
 * {@code report/words/DecisionWords}.
 */
public sealed interface LimitDerivation {

    /** The kind of source this derivation is, as reports and tables name it. */
    LimitSource source();

    /**
     * {@code --downtime-limit MS}.
     *
     * @param overridden the different limit a QEMU parameters file gave, which the option overrides
     */
    record Option(long milliseconds, Optional<DowntimeLimit> overridden) implements LimitDerivation {
        @Override
        public LimitSource source() {
            return LimitSource.OPTION;
        }
    }

    /**
     * Read from a QEMU parameters file or a libvirt debug log ({@link QemuParametersFile}).
     *
     * @param source   {@link LimitSource#QEMU_PARAMETERS} or {@link LimitSource#LIBVIRT_LOG}: what the file was
     * @param form     the form the setting was in: {@code query-migrate-parameters reply},
     *                 {@code migrate-set-parameters}, {@code info migrate_parameters}
     * @param line     the setting in force: the last in the file
     * @param settings how many settings the file holds
     * @param earlier  the earlier settings whose limit differs from the last's, in file order
     */
    record ParametersFile(LimitSource source, String form, LineRef line, int settings, List<Setting> earlier)
            implements LimitDerivation {
        public ParametersFile {
            earlier = List.copyOf(earlier);
        }
    }

    /** An earlier setting of a file: its limit and the line of the file that set it. */
    record Setting(long milliseconds, long line) {
    }

    /** A limit derived from the trace's threshold: one of the four arithmetics below. */
    sealed interface FromThreshold extends LimitDerivation {
        @Override
        default LimitSource source() {
            return LimitSource.THRESHOLD;
        }
    }

    /** QEMU's threshold = the switchover bandwidth × a whole number of milliseconds, exactly. */
    record SwitchoverTimesLimit(long threshold, long switchoverBandwidth, long milliseconds, LineRef line)
            implements FromThreshold {
    }

    /** QEMU's threshold ÷ the switchover bandwidth, which no whole number of milliseconds reproduces. */
    record SwitchoverQuotient(long threshold, long switchoverBandwidth, LineRef line) implements FromThreshold {
    }

    /** QEMU's threshold = its bandwidth before truncation ({@code transferred / time_spent}) × whole milliseconds. */
    record BandwidthTimesLimit(long threshold, long transferred, long spentMs, long milliseconds, LineRef line)
            implements FromThreshold {
    }

    /** QEMU's threshold ÷ its bandwidth before truncation, which no whole number of milliseconds reproduces. */
    record BandwidthQuotient(long threshold, long transferred, long spentMs, long quotientMicros, LineRef line)
            implements FromThreshold {
    }
}

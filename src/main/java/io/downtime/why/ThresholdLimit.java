package io.downtime.why;

import io.downtime.model.BandwidthEstimate;
import io.downtime.run.Durations;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The {@code downtime-limit} a {@code migrate_transferred} line implies. QEMU computes its threshold
 * as {@code (uint64_t) (expected_bw_per_ms * downtime_limit)} in double arithmetic, from the bandwidth
 * <em>before</em> it truncates it for the trace line ({@code transferred / time_spent}), or from the
 * user's switchover bandwidth when set. So {@code max_size / bandwidth} as printed is off by a little
 * (26269740 / 262697 = 100.0002 ms); the limit is found instead by doing QEMU's arithmetic again, in
 * the same IEEE doubles, for the whole numbers of milliseconds near the quotient, and keeping the one
 * that gives exactly the threshold printed.
 *
 * @param limit   the limit, when one can be said
 * @param missing why not
 */
record ThresholdLimit(Optional<DowntimeLimit> limit, Optional<String> missing) {

    static ThresholdLimit of(BandwidthEstimate line) {
        long threshold = line.maxSizeBytes();
        long switchover = line.switchoverBandwidthBytesPerMs().orElse(0);
        String where = line.header().where().toString();
        if (switchover > 0) {
            if (threshold % switchover == 0) {
                long ms = threshold / switchover;
                return found(new DowntimeLimit(Math.multiplyExact(ms, 1000L), LimitSource.THRESHOLD,
                        "QEMU's threshold " + threshold + " B = switchover bandwidth " + switchover + " B/ms × " + ms
                                + " ms (" + where + ")", true));
            }
            long micros = Decisions.roundedQuotient(BigInteger.valueOf(threshold).multiply(BigInteger.valueOf(1000)),
                    BigInteger.valueOf(switchover));
            return found(new DowntimeLimit(micros, LimitSource.THRESHOLD, "QEMU's threshold " + threshold
                    + " B ÷ switchover bandwidth " + switchover + " B/ms (" + where + "), which no whole number of"
                    + " ms reproduces", false));
        }
        long transferred = line.transferredBytes();
        long spent = line.timeSpentMs();
        if (transferred <= 0 || spent <= 0) {
            return new ThresholdLimit(Optional.empty(), Optional.of("QEMU measured no bandwidth in its last period ("
                    + transferred + " bytes in " + spent + " ms, " + where + "): its threshold says nothing of the limit"));
        }
        double bandwidth = (double) transferred / spent;
        String unrounded = new BigDecimal(transferred).divide(new BigDecimal(spent), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        long quotientMicros = Decisions.roundedQuotient(BigInteger.valueOf(threshold)
                .multiply(BigInteger.valueOf(spent)).multiply(BigInteger.valueOf(1000)), BigInteger.valueOf(transferred));
        if (bandwidth >= 1) {
            long near = Math.round(quotientMicros / 1000.0);
            for (long ms = Math.max(0, near - 2); ms <= near + 2; ms++) {
                if ((long) (bandwidth * ms) == threshold) {
                    return found(new DowntimeLimit(Math.multiplyExact(ms, 1000L), LimitSource.THRESHOLD,
                            "QEMU's threshold " + threshold + " B = its bandwidth before truncation, " + transferred
                                    + " B / " + spent + " ms = " + unrounded + " B/ms, × " + ms + " ms (" + where + ")",
                            true));
                }
            }
        }
        return found(new DowntimeLimit(quotientMicros, LimitSource.THRESHOLD, "QEMU's threshold " + threshold
                + " B ÷ its bandwidth before truncation, " + transferred + " B / " + spent + " ms (" + where + "), = "
                + Durations.of(quotientMicros) + ", which no whole number of ms reproduces", false));
    }

    private static ThresholdLimit found(DowntimeLimit limit) {
        return new ThresholdLimit(Optional.of(limit), Optional.empty());
    }
}

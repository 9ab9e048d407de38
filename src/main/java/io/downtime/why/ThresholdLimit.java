package io.downtime.why;

import io.downtime.model.BandwidthEstimate;
import io.downtime.model.LineRef;

import java.math.BigInteger;
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
record ThresholdLimit(Optional<DowntimeLimit> limit, Optional<LimitGap> missing) {

    static ThresholdLimit of(BandwidthEstimate line) {
        long threshold = line.maxSizeBytes();
        long switchover = line.switchoverBandwidthBytesPerMs().orElse(0);
        LineRef where = line.header().where();
        if (switchover > 0) {
            if (threshold % switchover == 0) {
                long ms = threshold / switchover;
                return found(new DowntimeLimit(Math.multiplyExact(ms, 1000L),
                        new LimitDerivation.SwitchoverTimesLimit(threshold, switchover, ms, where), true));
            }
            long micros = Decisions.roundedQuotient(BigInteger.valueOf(threshold).multiply(BigInteger.valueOf(1000)),
                    BigInteger.valueOf(switchover));
            return found(new DowntimeLimit(micros,
                    new LimitDerivation.SwitchoverQuotient(threshold, switchover, where), false));
        }
        long transferred = line.transferredBytes();
        long spent = line.timeSpentMs();
        if (transferred <= 0 || spent <= 0) {
            return new ThresholdLimit(Optional.empty(),
                    Optional.of(new LimitGap.UnmeasuredBandwidth(transferred, spent, where)));
        }
        double bandwidth = (double) transferred / spent;
        long quotientMicros = Decisions.roundedQuotient(BigInteger.valueOf(threshold)
                .multiply(BigInteger.valueOf(spent)).multiply(BigInteger.valueOf(1000)), BigInteger.valueOf(transferred));
        if (bandwidth >= 1) {
            long near = Math.round(quotientMicros / 1000.0);
            for (long ms = Math.max(0, near - 2); ms <= near + 2; ms++) {
                if ((long) (bandwidth * ms) == threshold) {
                    return found(new DowntimeLimit(Math.multiplyExact(ms, 1000L),
                            new LimitDerivation.BandwidthTimesLimit(threshold, transferred, spent, ms, where), true));
                }
            }
        }
        return found(new DowntimeLimit(quotientMicros,
                new LimitDerivation.BandwidthQuotient(threshold, transferred, spent, quotientMicros, where), false));
    }

    private static ThresholdLimit found(DowntimeLimit limit) {
        return new ThresholdLimit(Optional.of(limit), Optional.empty());
    }
}

package io.downtime.cli;

import io.downtime.strict.Limits;
import picocli.CommandLine;

/**
 * {@code --rtt}: a round trip ({@code 400us}, {@code 1ms}), in µs, from 0 to QEMU's largest
 * downtime-limit (2000 s): a round trip longer than any limit leaves nothing to replay.
 */
final class DurationConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        long micros = ClockOffsetConverter.duration(value);
        if (micros < 0 || micros > Limits.MAX_MS * 1_000) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not allowed: give a duration from 0 to "
                    + Limits.MAX_MS / 1_000 + "s, such as 400us or 1ms");
        }
        return micros;
    }
}

package io.downtime.cli;

import picocli.CommandLine;

/** A duration that cannot be negative ({@code --rtt 400us}, {@code 1ms}), in µs. */
final class DurationConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        long micros = new ClockOffsetConverter().convert(value);
        if (micros < 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is negative: give a duration such as 400us or 1ms");
        }
        return micros;
    }
}

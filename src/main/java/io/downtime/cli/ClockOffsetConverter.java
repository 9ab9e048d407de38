package io.downtime.cli;

import picocli.CommandLine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code --clock-offset}: a signed duration with its unit ({@code -169.3s}, {@code 250ms},
 * {@code 1200us}), in µs, at most {@link #MAX_SECONDS} either way: wall clocks since 1970 differ by
 * less, and every time the tool adds it to stays far from the 64-bit limit.
 */
final class ClockOffsetConverter implements CommandLine.ITypeConverter<Long> {
    /** 100 years of 365.25 days. */
    static final long MAX_SECONDS = 3_155_760_000L;

    @Override
    public Long convert(String value) {
        long micros = duration(value);
        if (micros < -MAX_SECONDS * 1_000_000 || micros > MAX_SECONDS * 1_000_000) {
            throw new CommandLine.TypeConversionException("'" + value + "' is beyond 100 years: give an offset from -"
                    + MAX_SECONDS + "s to " + MAX_SECONDS + "s");
        }
        return micros;
    }

    /** A signed duration with its unit, in µs, within 64 bits. */
    static long duration(String value) {
        String text = value.trim();
        long scale;
        String number;
        if (text.endsWith("ms")) {
            scale = 1_000;
            number = text.substring(0, text.length() - 2);
        } else if (text.endsWith("us") || text.endsWith("µs")) {
            scale = 1;
            number = text.substring(0, text.length() - 2);
        } else if (text.endsWith("s")) {
            scale = 1_000_000;
            number = text.substring(0, text.length() - 1);
        } else {
            throw new CommandLine.TypeConversionException("'" + value + "' has no unit: give s, ms or us (e.g. -169.3s)");
        }
        try {
            BigDecimal micros = new BigDecimal(number.trim()).multiply(BigDecimal.valueOf(scale));
            return micros.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a number with a unit (e.g. -169.3s)");
        } catch (ArithmeticException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is finer than a microsecond or beyond 64 bits of µs");
        }
    }
}

package io.downtime.cli;

import picocli.CommandLine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** {@code --clock-offset}: a signed duration with its unit ({@code -169.3s}, {@code 250ms}, {@code 1200us}), in µs. */
final class ClockOffsetConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
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
            throw new CommandLine.TypeConversionException("'" + value + "' is finer than a microsecond or too large");
        }
    }
}

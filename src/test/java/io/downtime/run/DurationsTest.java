package io.downtime.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationsTest {
    @ParameterizedTest
    @CsvSource({
            "6, 6 µs",
            "-999, -999 µs",
            "1907, 1.907 ms",
            "4000, 4 ms",
            "405351, 405.351 ms",
            "2000000, 2 s",
            "-169298891, -169.298891 s",
    })
    void words(long micros, String expected) {
        assertEquals(expected, Durations.of(micros));
    }

    /** The tables' milliseconds: every microsecond, trailing zeros kept. */
    @ParameterizedTest
    @CsvSource({"405351, 405.351", "4000, 4.000", "-7, -0.007", "0, 0.000"})
    void tableMilliseconds(long micros, String expected) {
        assertEquals(expected, Durations.ms(micros));
        // the comparison's form agrees on whole microseconds
        assertEquals(expected, Durations.ms((double) micros));
    }

    /** A median of an even count may fall on half a microsecond: a fourth decimal, or µs with .5. */
    @ParameterizedTest
    @CsvSource({"755.5, 755.5 µs, 0.7555", "226, 226 µs, 0.226", "405351, 405.351 ms, 405.351", "1500.5, 1.5005 ms, 1.5005"})
    void comparisonMicros(double micros, String words, String ms) {
        assertEquals(words, Durations.micros(micros));
        assertEquals(ms, Durations.ms(micros));
    }

    @ParameterizedTest
    @CsvSource({"226, +226 µs", "-1.5, -1.5 µs", "3412, +3.412 ms"})
    void signedComparisonMicros(double micros, String expected) {
        assertEquals(expected, Durations.signedMicros(micros));
    }

    /** 997802 µs is 0.997802 s, 1.0 to a tenth (half up). */
    @ParameterizedTest
    @CsvSource({"997802, 1.0", "1049999, 1.0", "1050000, 1.1"})
    void seconds(long micros, String expected) {
        assertEquals(expected, Durations.seconds(micros));
    }

    /** A fraction and a percentage say which they take: 0.989 is 98.9%, the percentage 10 is 10%. */
    @ParameterizedTest
    @CsvSource({"0.989, 98.9%", "0.01, 1.0%", "0, 0.0%"})
    void fractions(double fraction, String expected) {
        assertEquals(expected, Durations.percentOfFraction(fraction));
    }

    @ParameterizedTest
    @CsvSource({"10, 10%, +10.0%", "2.5, 2.5%, +2.5%", "-29.94, -29.94%, -29.9%"})
    void percentages(double percent, String plain, String signed) {
        assertEquals(plain, Durations.percent(percent));
        assertEquals(signed, Durations.signedPercent(percent));
    }
}

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
}

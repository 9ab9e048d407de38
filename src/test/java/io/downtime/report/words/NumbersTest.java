package io.downtime.report.words;

import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The comparison's p-values (three significant digits, docs/compare.md) and its change of a figure. */
class NumbersTest {

    @Test
    void pValuesKeepThreeSignificantDigits() {
        assertEquals("0.0321", Numbers.p(0.0321));
        // 2/3 = 0.666..., rounded to three digits: 0.667.
        assertEquals("0.667", Numbers.p(2.0 / 3));
        // 0.05 is 0.05000000000000000277 as a double: three digits 0.0500, trailing zeros dropped.
        assertEquals("0.05", Numbers.p(0.05));
        // The exact test's smallest p for 5 against 5 runs, two-sided: 2 / C(10,5) = 2/252 = 0.0079365...
        assertEquals("0.00794", Numbers.p(2.0 / 252));
        assertEquals("1", Numbers.p(1.0));
    }

    @Test
    void aChangeIsTheMediansDifferenceItsPercentAndP() {
        // +12,300 µs is 12.300 ms (three decimals above a millisecond); 4.52% to one decimal.
        assertEquals("+12.300 ms (+4.5%), p = 0.0321", Numbers.change(12_300, OptionalDouble.of(4.52), 0.0321));
        // Below a millisecond in µs, half a microsecond kept; no baseline median, no percent.
        assertEquals("-755.5 µs, p = 1", Numbers.change(-755.5, OptionalDouble.empty(), 1));
    }
}

package io.mcpbench.compare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanUnitsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12.5      | us/op  | 12.5 µs/op",
            "1234.5    | ns/op  | 1.23 µs/op",
            "999.7     | ns/op  | 1.00 µs/op",
            "0.5       | ms/op  | 500 µs/op",
            "5         | ns/op  | 5.00 ns/op",
            "2500      | ms/op  | 2.50 s/op",
            "12345     | ops/s  | 12.3 kops/s",
            "5000      | ops/ms | 5.00 Mops/s",
            "0.5       | ops/s  | 0.500 ops/s",
            "1024      | B/op   | 1.00 KB/op",
            "100       | B/op   | 100 B/op",
            "0.0123    | counts | 0.0123 counts",
            "1234567   | #      | 1230000 #",
    })
    void formatsWithThreeSignificantDigits(double value, String unit, String expected) {
        assertEquals(expected, HumanUnits.format(value, unit));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.123|+12.3%", "-0.0456|-4.56%", "0|0%", "1.5|+150%"})
    void percentagesAreSigned(double fraction, String expected) {
        assertEquals(expected, HumanUnits.percent(fraction));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.0001|<0.001", "0.0123|0.012", "1|1.000"})
    void pValues(double p, String expected) {
        assertEquals(expected, HumanUnits.pValue(p));
    }
}

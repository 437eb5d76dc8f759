package io.mcpbench.compare.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ThresholdParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "p(95)<500ms   | p0.95              | LT | 500    | ms",
            "p(99)<=2ms    | p0.99              | LE | 2      | ms",
            "p(99.9)<1s    | p0.999             | LT | 1      | s",
            "p(50)<1us     | p0.50              | LT | 1      | us",
            "p(100)<1us    | p1.00              | LT | 1      | us",
            "p(0)>=1ns     | p0.00              | GE | 1      | ns",
            "avg<100us     | primary            | LT | 100    | us",
            "avg<100µs     | primary            | LT | 100    | µs",
            "med<2.5ms/op  | p0.50              | LT | 2.5    | ms/op",
            "min>1ns       | p0.00              | GT | 1      | ns",
            "max<=3s       | p1.00              | LE | 3      | s",
            "thrpt>10000ops/s | primary         | GT | 10000  | ops/s",
            "thrpt>=5ops/ms | primary           | GE | 5      | ops/ms",
            "thrpt>1.5e3ops/us | primary        | GT | 1500   | ops/us",
            "alloc<=0B/op  | gc.alloc.rate.norm | LE | 0      | B/op",
            "alloc<2KB/op  | gc.alloc.rate.norm | LT | 2      | KB/op",
            "alloc<1MB/op  | gc.alloc.rate.norm | LT | 1      | MB/op",
            "metric(heap.growth)<=64MB | heap.growth | LE | 64 | MB",
    })
    void parsesEveryForm(String text, String metric, Threshold.Op op, double bound, String unit) {
        Threshold t = ThresholdParser.parse(text);
        assertEquals(metric, t.aggregate().metric());
        assertEquals(op, t.op());
        assertEquals(bound, t.bound(), 1e-12);
        assertEquals(unit, t.unit().symbol());
        assertEquals(text, t.expression());
    }

    @Test
    void spacesBetweenTokensAndNoUnitAreAccepted() {
        Threshold t = ThresholdParser.parse("  p( 95 ) <  500  ");
        assertEquals("p0.95", t.aggregate().metric());
        assertNull(t.unit());
        assertEquals(500, t.boundIn("us/op"), 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "avg<1ns  | ns/op  | 1",
            "avg<1us  | ns/op  | 1000",
            "avg<1µs  | ns/op  | 1000",
            "avg<1ms  | us/op  | 1000",
            "avg<2s   | ms/op  | 2000",
            "avg<500ms | s/op  | 0.5",
            "thrpt>1ops/ms  | ops/s  | 1000",
            "thrpt>1ops/us  | ops/ms | 1000",
            "thrpt>1000ops/s | ops/ms | 1",
            "alloc<1KB/op | B/op | 1024",
            "alloc<1MB/op | B/op | 1048576",
            "metric(heap.growth)<=1MB | KB | 1024",
    })
    void convertsTheBoundToTheRowUnit(String text, String rowUnit, double expected) {
        assertEquals(expected, ThresholdParser.parse(text).boundIn(rowUnit), expected * 1e-12);
    }

    @Test
    void aLimitDoesNotApplyToARowOfAnotherFamily() {
        assertTrue(Double.isNaN(ThresholdParser.parse("avg<1ms").boundIn("ops/s")));
        assertTrue(Double.isNaN(ThresholdParser.parse("thrpt>1ops/s").boundIn("ns/op")));
        assertTrue(Double.isNaN(ThresholdParser.parse("alloc<1B/op").boundIn("ms/op")));
    }

    @Test
    void comparisonsHoldOnlyWhereTheyShould() {
        assertTrue(Threshold.Op.LT.holds(1, 2));
        assertFalse(Threshold.Op.LT.holds(2, 2));
        assertTrue(Threshold.Op.LE.holds(2, 2));
        assertFalse(Threshold.Op.GT.holds(2, 2));
        assertTrue(Threshold.Op.GE.holds(2, 2));
        assertFalse(Threshold.Op.LE.holds(Double.NaN, 2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                | empty expression                 | 1",
            "p95<1ms           | expected '('                     | 2",
            "p(95<1ms          | expected ')'                     | 5",
            "p(101)<1ms        | not between 0 and 100            | 3",
            "avgg<1ms          | unknown aggregate \"avgg\"       | 1",
            "<1ms              | expected avg, med                | 1",
            "avg=1ms           | expected <, <=, > or >=          | 4",
            "avg<ms            | expected a number after <        | 5",
            "avg<1.ms          | expected digits after the decimal point | 7",
            "avg<1xs           | unknown unit \"xs\"              | 6",
            "avg<1ops/s        | is not a time unit               | 6",
            "thrpt>1ms         | is not a throughput unit         | 8",
            "alloc<1ms         | is not a byte unit               | 8",
            "metric()<1        | expected a metric name           | 8",
    })
    void badExpressionsGiveOneLineWithThePosition(String text, String what, int position) {
        ThresholdSyntaxException e = assertThrows(ThresholdSyntaxException.class, () -> ThresholdParser.parse(text));
        String m = e.getMessage();
        assertTrue(m.startsWith("threshold \"" + text + "\": "), m);
        assertTrue(m.contains(what), m);
        assertTrue(m.endsWith("at position " + position), m);
        assertEquals(position - 1, e.position());
        assertFalse(m.contains("\n"));
    }
}

package io.mcpbench.compare.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.ResultFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Inputs fuzzing found to break the reader, each refused or read as the contract says. */
class JmhResultReaderFindingsTest {

    private static final String HUGE = "1222222222222222222222222222222222";

    private static String entry(String threads, String forks) {
        return "[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"threads\":" + threads + ",\"forks\":" + forks
                + ",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0,2.0]]}}]";
    }

    private static ResultFile parse(String json) {
        return JmhResultReader.parse("f.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void threadsBeyondIntRangeAreRefusedInOneLine() {
        BadInputException e = assertThrows(BadInputException.class, () -> parse(entry(HUGE, "1")));
        assertEquals("f.json: $[0].threads: expected a positive integer, found a number", e.getMessage());
        assertThrows(BadInputException.class, () -> parse(entry("2147483648", "1")));
    }

    @Test
    void runSettingsBeyondIntRangeAreLeftUnknown() {
        ResultFile f = parse(entry("1", HUGE));
        assertNull(f.runInfo().forks());
        assertEquals(1, f.rows().size());
    }

    @Test
    void namesWithLineBreaksStayOnOneLineInMessages() {
        String row = "{\"benchmark\":\"a.B\\nc\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0]]}}";
        BadInputException dup = assertThrows(BadInputException.class, () -> parse("[" + row + "," + row + "]"));
        assertEquals("f.json: $[1]: duplicate row a.B\\nc (mode avgt)", dup.getMessage());

        String badParam = "[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"params\":{\"x\\r\\ny\":[1]},"
                + "\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0]]}}]";
        BadInputException param = assertThrows(BadInputException.class, () -> parse(badParam));
        assertEquals("f.json: $[0].params.x\\r\\ny: expected a string, found an array", param.getMessage());
    }

    private static String raw(String values) {
        return "[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[["
                + values + "]]}}]";
    }

    /** 1e400 is no double: refused, not dropped as if JMH had written NaN. */
    @Test
    void aNumberBeyondTheRangeOfADoubleIsRefused() {
        assertEquals("f.json: $[0].primaryMetric.rawData[0][1]: number out of range: Infinity",
                assertThrows(BadInputException.class, () -> parse(raw("1.0, 1e400"))).getMessage());
        assertEquals("f.json: $[0].primaryMetric.rawData[0][0]: expected a number, found the string \"1e400\" (out of range)",
                assertThrows(BadInputException.class, () -> parse(raw("\"1e400\""))).getMessage());
        assertEquals(2, parse(raw("1.0, \"NaN\", 2.0")).rows().get(0).forks()[0].length, "JMH's own NaN is still dropped");
    }

    /** Quoted numbers are plain ASCII decimals: no hexadecimal, no other scripts' digits, no suffixes. */
    @Test
    void quotedNumbersThatAreNotPlainDecimalsAreRefused() {
        for (String bad : new String[] {"0x1.4p3", "\u0665", "1d", "1.5f"}) {
            BadInputException e = assertThrows(BadInputException.class, () -> parse(raw("\"" + bad + "\"")), bad);
            assertEquals(true, e.getMessage().startsWith("f.json: $[0].primaryMetric.rawData[0][0]: expected a number, found the string"),
                    e.getMessage());
        }
        assertEquals(2.5, parse(raw("\"2.5\"")).rows().get(0).forks()[0][0]);
    }

    /** A duplicate key is refused, not "the last one wins". */
    @Test
    void duplicateKeysAreRefused() {
        String dup = "[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"params\":{\"n\":\"1\",\"n\":\"2\"},"
                + "\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0]]}}]";
        BadInputException e = assertThrows(BadInputException.class, () -> parse(dup));
        assertEquals(true, e.getMessage().startsWith("f.json: invalid JSON: Duplicate Object property \"n\""), e.getMessage());
    }

    /** Params that print alike ({@code {a=1, b=2}}) are two rows, not a duplicate. */
    @Test
    void paramsThatPrintAlikeAreTwoRows() {
        String a = "{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"params\":{\"a\":\"1, b=2\"},"
                + "\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0]]}}";
        String b = "{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"params\":{\"a\":\"1\",\"b\":\"2\"},"
                + "\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0]]}}";
        assertEquals(2, parse("[" + a + "," + b + "]").rows().size());
    }
}

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
}

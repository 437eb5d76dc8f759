package io.mcpbench.compare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.policy.GatedRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    private static String render(Report report) throws Exception {
        StringBuilder sb = new StringBuilder();
        new CsvReport().write(report, sb);
        return sb.toString();
    }

    @Test
    void theStrictReaderRefusesWhatRfc4180Refuses() {
        assertEquals(List.of(List.of("a", "b,\"c\"\r\n")), Rfc4180.parse("a,\"b,\"\"c\"\"\r\n\"\r\n"));
        assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("a,b\n"), "LF alone");
        assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("a\"b\r\n"), "a quote in a plain field");
        assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("\"a\"b\r\n"), "text after a closing quote");
        assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("a,b\r\nc\r\n"), "a short record");
        assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("a\u0000\r\n"), "a control character");
    }

    @Test
    void hostileValuesGiveStrictRfc4180WithEveryValueReadBack() throws Exception {
        Report report = HostileReport.report();
        List<List<String>> records = Rfc4180.parse(render(report));
        assertEquals(List.of(CsvReport.HEADER), records.get(0));
        assertEquals(report.gate().rows().size() + 1, records.size());
        List<GatedRow> rows = Rows.displayOrder(report.gate().rows());
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder params = new StringBuilder();
            for (Map.Entry<String, String> p : rows.get(i).comparison().key().params().entrySet()) {
                params.append(params.length() == 0 ? "" : ";").append(p.getKey()).append('=').append(p.getValue());
            }
            assertEquals(csvText(params.toString()), records.get(i + 1).get(2));
            assertEquals(HostileReport.BENCHMARK, records.get(i + 1).get(0));
        }
        int reason = java.util.Arrays.asList(CsvReport.HEADER).indexOf("reason");
        assertTrue(records.stream().anyMatch(r -> r.get(reason).equals("C:\\tmp\\x | `code` <b>&amp;</b> \\d+")), "the reason as it is");
    }

    /** {@code s} as the csv report holds it: control characters but CR and LF, and unpaired surrogates, as U+FFFD. */
    private static String csvText(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                sb.append(c).append(s.charAt(++i));
            } else {
                boolean bad = (c < 0x20 && c != '\r' && c != '\n') || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c);
                sb.append(bad ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }
}

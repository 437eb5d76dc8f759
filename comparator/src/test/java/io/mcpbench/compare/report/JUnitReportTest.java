package io.mcpbench.compare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The JUnit report against {@code junit-10.xsd}, the schema Jenkins' xUnit plugin validates with
 * (test resource {@code /junit-xsd}, MIT), and read back by a strict XML parser.
 */
class JUnitReportTest {

    private static String render(Report report) throws Exception {
        StringBuilder sb = new StringBuilder();
        new JUnitReport().write(report, sb);
        return sb.toString();
    }

    private static void validate(String xml) throws Exception {
        StrictReaders.junit(xml);
    }

    @Test
    void theReportIsValidAgainstTheXunitPluginsSchema() throws Exception {
        validate(render(ReportFixtures.report()));
    }

    @Test
    void theSchemaRefusesASkippedCountOnTestsuitesWhichTheReportNoLongerWrites() throws Exception {
        String xml = render(ReportFixtures.report());
        assertFalse(xml.substring(xml.indexOf("<testsuites"), xml.indexOf('>', xml.indexOf("<testsuites"))).contains("skipped"), xml);
        String old = xml.replaceFirst("<testsuites ", "<testsuites skipped=\"1\" ");
        SAXException e = assertThrows(SAXException.class, () -> validate(old));
        assertTrue(e.getMessage().contains("skipped"), e.getMessage());
    }

    @Test
    void hostileParametersKeepTheFileWellFormedAndValidAndReadBack() throws Exception {
        String xml = render(HostileReport.report());
        validate(xml);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList cases = doc.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) names.add(((Element) cases.item(i)).getAttribute("name"));
        for (String v : HostileReport.values()) {
            String meant = xmlText(v);
            assertTrue(names.stream().anyMatch(n -> n.contains("text=" + meant)), "a testcase shows " + meant + " in " + names);
        }
    }

    /** What XML 1.0 can carry of {@code s}: every character it forbids as U+FFFD. */
    private static String xmlText(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void charactersXmlCannotCarryBecomeTheReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFD\uFFFD\uFFFDc", JUnitReport.xml("a\u0000b\uFFFF\uFFFE\uD800c"));
        assertEquals("&#10;&#9;&lt;&amp;\uD83D\uDE00", JUnitReport.xml("\n\t<&\uD83D\uDE00"));
        assertEquals("\uFFFD", JUnitReport.xml("\uDC00"));
    }
}

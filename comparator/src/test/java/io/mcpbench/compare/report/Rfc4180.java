package io.mcpbench.compare.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of RFC 4180 CSV, for tests: the RFC's ABNF as regular expressions, with
 * TEXTDATA widened from printable ASCII to every character but the controls (RFC 7111 lets
 * {@code text/csv} be UTF-8). Every record ends in CRLF; a field is either plain (no comma,
 * quote, CR, LF or control) or quoted with inner quotes doubled; anything else is refused, as is a
 * record with a different number of fields from the header.
 */
public final class Rfc4180 {

    private static final String TEXTDATA = "[^\",\\r\\n\\x00-\\x1f\\x7f]";
    private static final Pattern FIELD = Pattern.compile("\"((?:" + TEXTDATA + "|[,\\r\\n]|\"\")*)\"|(" + TEXTDATA + "*)");

    private Rfc4180() {
    }

    /** The records of {@code csv}, fields unquoted; {@link IllegalArgumentException} at the first violation. */
    public static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        Matcher m = FIELD.matcher(csv);
        int pos = 0;
        List<String> record = new ArrayList<>();
        while (pos < csv.length()) {
            if (!m.find(pos) || m.start() != pos) throw new IllegalArgumentException("no field at offset " + pos);
            record.add(m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2));
            pos = m.end();
            if (csv.startsWith(",", pos)) {
                pos++;
            } else if (csv.startsWith("\r\n", pos)) {
                pos += 2;
                if (!records.isEmpty() && record.size() != records.get(0).size()) {
                    throw new IllegalArgumentException("record " + records.size() + " has " + record.size() + " fields, the header "
                            + records.get(0).size());
                }
                records.add(record);
                record = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("expected a comma or CRLF at offset " + pos);
            }
        }
        if (!record.isEmpty()) throw new IllegalArgumentException("the last record does not end in CRLF");
        return records;
    }
}

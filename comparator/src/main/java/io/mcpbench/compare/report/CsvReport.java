package io.mcpbench.compare.report;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.policy.GatedRow;
import java.io.IOException;
import java.util.Map;

/**
 * One CSV record per row, with a header, as RFC 4180 writes it: CRLF line ends, fields holding a
 * comma, quote, CR or LF enclosed in double quotes with inner quotes doubled, UTF-8 text, and no
 * other control characters (they become U+FFFD). Numbers are plain
 * decimal in the row's unit ({@code Double.toString}); empty where not applicable. Params are
 * {@code k=v;k=v}. {@code change} is the value's relative change (candidate / base - 1).
 */
public final class CsvReport implements ReportWriter {

    static final String[] HEADER = {"benchmark", "mode", "params", "threads", "metric", "unit", "direction",
        "base", "candidate", "ratio", "change", "ci_low", "ci_high", "ci_level", "p", "q",
        "base_forks", "cand_forks", "method", "detectable", "dropped_iterations", "unsteady_forks", "verdict", "status",
        "outcome", "gated", "fails", "reason", "note"};

    @Override
    public void write(Report report, Appendable out) throws IOException {
        record(out, HEADER);
        for (GatedRow r : Rows.displayOrder(report.gate().rows())) {
            RowComparison c = r.comparison();
            StringBuilder params = new StringBuilder();
            for (Map.Entry<String, String> e : c.key().params().entrySet()) {
                if (params.length() > 0) params.append(';');
                params.append(e.getKey()).append('=').append(e.getValue());
            }
            record(out, new String[] {
                c.key().benchmark(), c.key().mode(), params.toString(), Integer.toString(c.key().threads()),
                c.key().metric(), c.unit(), c.direction().name(),
                num(c.baseScore()), num(c.candScore()), num(c.ratio()), num(c.ratio() - 1), num(c.ciLow()), num(c.ciHigh()),
                num(c.confidence()), num(c.pValue()), num(c.qValue()),
                Integer.toString(c.baseForks()), Integer.toString(c.candForks()), c.method(), num(c.detectable()),
                Integer.toString(c.steady().baseDropped() + c.steady().candDropped()),
                Integer.toString(c.steady().unsteady()),
                c.verdict().name(), r.label(), r.outcome().name(), Boolean.toString(r.gated()), Boolean.toString(r.fails()),
                r.allowedReason() == null ? "" : r.allowedReason(), c.note() == null ? "" : c.note()});
        }
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    private static void record(Appendable out, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) out.append(',');
            out.append(quote(fields[i]));
        }
        out.append("\r\n");
    }

    /**
     * The field as RFC 4180 writes it. A character its grammar has no place for (a C0 or C1
     * control character other than CR and LF, which are quoted; an unpaired surrogate) becomes U+FFFD;
     * the json report keeps every value exactly.
     */
    static String quote(String field) {
        boolean needs = false;
        StringBuilder sb = new StringBuilder(field.length() + 2);
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            needs |= ch == ',' || ch == '"' || ch == '\r' || ch == '\n';
            boolean pair = Character.isHighSurrogate(ch) && i + 1 < field.length() && Character.isLowSurrogate(field.charAt(i + 1));
            if (pair) {
                sb.append(ch).append(field.charAt(++i));
            } else if ((ch < 0x20 && ch != '\r' && ch != '\n') || (ch >= 0x7f && ch <= 0x9f) || Character.isSurrogate(ch)) {
                sb.append('\uFFFD');
            } else {
                if (ch == '"') sb.append('"');
                sb.append(ch);
            }
        }
        return needs ? '"' + sb.toString() + '"' : sb.toString();
    }
}

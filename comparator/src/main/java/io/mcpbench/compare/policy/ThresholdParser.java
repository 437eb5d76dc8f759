package io.mcpbench.compare.policy;

import io.mcpbench.compare.input.Decimals;
import java.math.BigDecimal;

/**
 * Parses k6-style threshold expressions. Grammar (spaces allowed between tokens):
 *
 * <pre>
 * threshold := aggregate op number [unit]
 * aggregate := "avg" | "med" | "min" | "max" | "thrpt" | "alloc"
 *            | "p(" number ")"          (0..100: p(95), p(99.9))
 *            | "metric(" name ")"       (any row metric: metric(heap.growth))
 * op        := "&lt;" | "&lt;=" | "&gt;" | "&gt;="
 * unit      := ns | us | µs | ms | s | min       (optionally "/op")
 *            | ops/ns | ops/us | ops/µs | ops/ms | ops/s | ops/min
 *            | B | KB | MB | GB                 (optionally "/op"; binary multiples)
 * </pre>
 *
 * The unit must belong to the aggregate's family (a time for {@code avg}, {@code med},
 * {@code p(N)}; a rate for {@code thrpt}; bytes for {@code alloc}). Every error is one line that
 * quotes the expression and gives the 1-based position of the offending character.
 */
public final class ThresholdParser {

    private final String text;
    private int pos;

    private ThresholdParser(String text) {
        this.text = text;
    }

    /** Parses one expression; throws {@link ThresholdSyntaxException} if it is not valid. */
    public static Threshold parse(String expression) {
        if (expression == null) {
            throw new ThresholdSyntaxException("", 0, "missing expression");
        }
        return new ThresholdParser(expression).threshold();
    }

    private Threshold threshold() {
        skipSpaces();
        if (pos >= text.length()) throw error("empty expression");
        Aggregate aggregate = aggregate();
        skipSpaces();
        Threshold.Op op = op();
        skipSpaces();
        int numberAt = pos;
        BigDecimal bound = number("a number after " + op.symbol());
        skipSpaces();
        int unitAt = pos;
        String unitText = text.substring(pos).trim();
        Quantity unit = null;
        if (!unitText.isEmpty()) {
            unit = Quantity.parse(unitText);
            if (unit == null) {
                throw error(unitAt, "unknown unit \"" + unitText + "\"");
            }
            if (aggregate.family() != null && unit.family() != aggregate.family()) {
                throw error(unitAt, "unit \"" + unitText + "\" is not a " + familyName(aggregate.family())
                        + " unit, as " + aggregate.text() + " needs");
            }
        }
        double value = bound.doubleValue();
        if (!Double.isFinite(value)) throw error(numberAt, "number out of range");
        return new Threshold(text.trim(), aggregate, op, value, unit);
    }

    private Aggregate aggregate() {
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) pos++;
        String word = text.substring(start, pos);
        switch (word) {
            case "avg": return new Aggregate("avg", "primary", Quantity.Family.TIME);
            case "thrpt": return new Aggregate("thrpt", "primary", Quantity.Family.RATE);
            case "alloc": return new Aggregate("alloc", "gc.alloc.rate.norm", Quantity.Family.BYTES);
            case "med": return new Aggregate("med", "p0.50", Quantity.Family.TIME);
            case "min": return new Aggregate("min", "p0.00", Quantity.Family.TIME);
            case "max": return new Aggregate("max", "p1.00", Quantity.Family.TIME);
            case "p": {
                expect('(');
                skipSpaces();
                int numberAt = pos;
                BigDecimal percent = number("a percentile between 0 and 100");
                if (percent.compareTo(BigDecimal.ZERO) < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw error(numberAt, "percentile " + percent.toPlainString() + " is not between 0 and 100");
                }
                skipSpaces();
                expect(')');
                String metric = Aggregate.percentileMetric(percent);
                return new Aggregate(text.substring(start, pos), metric, Quantity.Family.TIME);
            }
            case "metric": {
                expect('(');
                skipSpaces();
                int nameAt = pos;
                while (pos < text.length() && isNameChar(text.charAt(pos))) pos++;
                if (pos == nameAt) throw error(nameAt, "expected a metric name");
                String name = text.substring(nameAt, pos);
                skipSpaces();
                expect(')');
                return new Aggregate(text.substring(start, pos), name, null);
            }
            default:
                if (word.isEmpty()) {
                    throw error(start, "expected avg, med, min, max, p(N), thrpt, alloc or metric(NAME)");
                }
                throw error(start, "unknown aggregate \"" + word
                        + "\" (expected avg, med, min, max, p(N), thrpt, alloc or metric(NAME))");
        }
    }

    private Threshold.Op op() {
        if (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '<' || c == '>') {
                pos++;
                boolean orEqual = pos < text.length() && text.charAt(pos) == '=';
                if (orEqual) pos++;
                if (c == '<') return orEqual ? Threshold.Op.LE : Threshold.Op.LT;
                return orEqual ? Threshold.Op.GE : Threshold.Op.GT;
            }
        }
        throw error("expected <, <=, > or >=");
    }

    private BigDecimal number(String what) {
        int start = pos;
        int length = Decimals.scan(text, start);
        if (length == 0) {
            int digits = start;
            while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') digits++;
            if (digits > start && digits < text.length() && text.charAt(digits) == '.') {
                throw error(digits + 1, "expected digits after the decimal point");
            }
            throw error(start, "expected " + what + (start < text.length() && Character.isDigit(text.charAt(start))
                    ? " in ASCII digits" : ""));
        }
        pos = start + length;
        try {
            return Decimals.value(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw error(start, e.getMessage());
        }
    }

    private void expect(char c) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '·' || c == ':';
    }

    private static String familyName(Quantity.Family f) {
        switch (f) {
            case TIME: return "time";
            case RATE: return "throughput";
            default: return "byte";
        }
    }

    private ThresholdSyntaxException error(String what) {
        return error(pos, what);
    }

    private ThresholdSyntaxException error(int at, String what) {
        return new ThresholdSyntaxException(text, Math.min(at, text.length()), what);
    }
}

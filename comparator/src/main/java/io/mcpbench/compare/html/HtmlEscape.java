package io.mcpbench.compare.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for the three places text goes in the report: HTML text and attribute values, JSON
 * inside a {@code <script type="application/json">} block, and inline script or style bodies.
 * Benchmark names and parameter values are arbitrary strings from a result file; none of them
 * may end a tag, a block or the document early.
 */
public final class HtmlEscape {

    private static final Pattern CLOSING_SCRIPT = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_STYLE = Pattern.compile("</(style)", Pattern.CASE_INSENSITIVE);

    private HtmlEscape() {
    }

    /** {@code s} safe as HTML text or a quoted attribute value ({@code & < > " '} as references). */
    public static String text(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep;
            switch (c) {
                case '&': rep = "&amp;"; break;
                case '<': rep = "&lt;"; break;
                case '>': rep = "&gt;"; break;
                case '"': rep = "&quot;"; break;
                case '\'': rep = "&#39;"; break;
                default: rep = null;
            }
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) sb.append(rep); else sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * JSON text made safe inside a script element: {@code < > &} and the JavaScript line
     * separators become {@code \}{@code uXXXX} escapes. In JSON these characters can occur only
     * inside strings, where the escape means the same character, so the JSON parses to the same value.
     */
    public static String scriptJson(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<': sb.append("\\u003c"); break;
                case '>': sb.append("\\u003e"); break;
                case '&': sb.append("\\u0026"); break;
                case '\u2028': sb.append("\\u2028"); break;
                case '\u2029': sb.append("\\u2029"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A script body safe to inline: any {@code </script} becomes {@code <\/script} (the same
     * string or regular expression in JavaScript), and {@code <!--} becomes {@code <\!--}, so the
     * HTML parser cannot leave the script early.
     */
    public static String inlineScript(String js) {
        String s = CLOSING_SCRIPT.matcher(js).replaceAll(Matcher.quoteReplacement("<\\/") + "$1");
        return s.replace("<!--", "<\\!--");
    }

    /** A style body safe to inline: any {@code </style} is broken up. */
    public static String inlineStyle(String css) {
        return CLOSING_STYLE.matcher(css).replaceAll(Matcher.quoteReplacement("<\\/") + "$1");
    }
}

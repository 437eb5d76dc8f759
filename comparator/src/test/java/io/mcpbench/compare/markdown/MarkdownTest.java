package io.mcpbench.compare.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.report.HostileReport;
import org.junit.jupiter.api.Test;

/**
 * The rules of CommonMark and GFM that decide what a reader sees, applied by hand to what
 * {@link Markdown} writes (markdown-it itself renders it in {@code scripts/check-report-formats.sh}).
 */
class MarkdownTest {

    /** What CommonMark shows for a code span: the text between the fences, one space stripped from each end when both are spaces. */
    private static String shownCode(String span, boolean inCell) {
        String s = inCell ? span.replace("\\|", "|") : span;
        int fence = 0;
        while (fence < s.length() && s.charAt(fence) == '`') fence++;
        assertTrue(fence > 0 && s.endsWith("`".repeat(fence)), span);
        assertFalse(s.charAt(s.length() - fence - 1) == '`', "the closing fence is exactly as long: " + span);
        String inner = s.substring(fence, s.length() - fence);
        int run = 0;
        for (int i = 0; i < inner.length(); i++) {
            run = inner.charAt(i) == '`' ? run + 1 : 0;
            assertTrue(run < fence, "no backtick run inside as long as the fence: " + span);
        }
        if (inner.length() > 1 && inner.startsWith(" ") && inner.endsWith(" ") && !inner.isBlank()) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return inner;
    }

    /** What CommonMark shows for escaped text: a backslash before ASCII punctuation is dropped, {@code &#32;} is a space. */
    private static String shownText(String text, boolean inCell) {
        String s = (inCell ? text.replace("\\|", "|") : text).replace("&#32;", " ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(s.charAt(i + 1)) >= 0) {
                sb.append(s.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void backslashesInCodeSpansAreNotDoubled() {
        assertEquals("`C:\\tmp\\x`", Markdown.code("C:\\tmp\\x"));
        assertEquals("`\\d+`", Markdown.cellCode("\\d+"));
    }

    @Test
    void backticksGetALongerFenceAndSpacesWhereTheyTouchIt() {
        assertEquals("``a`b``", Markdown.code("a`b"));
        assertEquals("``` ``x`` ```", Markdown.code("``x``"));
        assertEquals("`` `start ``", Markdown.code("`start"));
        assertEquals("`  two  `", Markdown.code(" two "), "a span with a space at both ends gets one more each");
        assertEquals("` `", Markdown.code(" "), "a span of spaces only is shown as it is");
        assertEquals("", Markdown.code(""));
    }

    @Test
    void pipesAreEscapedInTableCellsOnly() {
        assertEquals("`a\\|b`", Markdown.cellCode("a|b"));
        assertEquals("`a|b`", Markdown.code("a|b"));
        assertEquals("a\\|b", Markdown.cell("a|b"));
    }

    @Test
    void textEscapesMarkupAndBlockStarts() {
        assertEquals("\\*bold\\* \\_it\\_ \\~\\~s\\~\\~", Markdown.cell("*bold* _it_ ~~s~~"));
        assertEquals("\\<script> \\&amp; \\[a\\](b) \\$x\\$", Markdown.cell("<script> &amp; [a](b) $x$"));
        assertEquals("\\# heading", Markdown.text("# heading"));
        assertEquals("\\- item", Markdown.text("- item"));
        assertEquals("12\\. twelve", Markdown.text("12. twelve"));
        assertEquals("+5.00% 1.5", Markdown.cell("+5.00% 1.5"), "numbers in a cell stay readable");
        assertEquals("&#32;a&#32;", Markdown.cell(" a "), "spaces at the ends survive the cell's trimming");
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesNeverReachThePage() {
        assertEquals("a b c d", Markdown.visible("a\nb\rc\td"));
        assertEquals("nul\uFFFDx \uFFFD\uFFFD\uFFFD", Markdown.visible("nul\u0000x \u001b\u007f\u0085"));
        assertEquals("lone\uFFFD \uFFFDlow", Markdown.visible("lone\uD800 \uDC00low"));
        assertEquals("emoji \uD83D\uDE00", Markdown.visible("emoji \uD83D\uDE00"), "a pair is a character, kept");
        assertEquals("non\uFFFF", Markdown.visible("non\uFFFF"), "a noncharacter is valid UTF-8, kept");
    }

    @Test
    void everyHostileValueIsShownExactlyAsItIs() {
        for (String v : HostileReport.values()) {
            String meant = Markdown.visible(v);
            assertEquals(meant, shownCode(Markdown.code(v), false), v);
            assertEquals(meant, shownCode(Markdown.cellCode(v), true), v);
            assertEquals(meant, shownText(Markdown.text(v), false), v);
            assertEquals(meant, shownText(Markdown.cell(v), true), v);
            for (String written : new String[] {Markdown.code(v), Markdown.cellCode(v), Markdown.text(v), Markdown.cell(v)}) {
                assertTrue(written.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)), "no control character: " + written);
                assertFalse(written.contains("\n"), written);
            }
        }
    }
}

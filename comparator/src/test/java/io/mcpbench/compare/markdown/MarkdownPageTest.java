package io.mcpbench.compare.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownPageTest {

    private static MarkdownPage page(int rows, int limits) {
        MarkdownPage p = new MarkdownPage().text("### Title\n\n| a |\n|---|\n");
        MarkdownPage.Lines table = p.lines("rows");
        for (int i = 0; i < rows; i++) table.add("| row " + i + " µ |\n");
        p.text("\n**Limits**\n\n");
        MarkdownPage.Lines list = p.lines("limit checks");
        for (int i = 0; i < limits; i++) list.add("- limit " + i + "\n");
        return p.text("\nend\n");
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aPageThatFitsIsWhole() {
        String whole = page(10, 3).render(MarkdownPage.MAX_BYTES, "All: x.");
        assertTrue(whole.contains("| row 9 µ |\n\n**Limits**"), whole);
        assertTrue(whole.endsWith("- limit 2\n\nend\n"), whole);
        assertTrue(!whole.contains("not shown"), whole);
    }

    @Test
    void aLongPageLosesItsLastRowsAndSaysHowManyAndWhereTheyAre() {
        MarkdownPage p = page(1000, 3);
        int max = 4000;
        String cut = p.render(max, "Every row is in `rows.csv`.");
        assertTrue(bytes(cut) <= max, bytes(cut) + " bytes");
        assertTrue(bytes(p.render(Integer.MAX_VALUE, "")) > max);
        int kept = (int) cut.lines().filter(l -> l.startsWith("| row ")).count();
        assertTrue(kept > 100, "as many rows as fit: " + kept);
        assertTrue(cut.contains("| row " + (kept - 1) + " µ |\n\n" + (1000 - kept) + " more rows not shown: this page is cut to stay "
                + "under 4,000 bytes (GitHub refuses a step summary over 1 MiB). Every row is in `rows.csv`.\n"), cut);
        assertTrue(cut.endsWith("- limit 2\n\nend\n"), "later lists stay whole when the first cut is enough: " + cut);
        // one row more would not have fitted
        assertTrue(bytes(cut) + bytes("| row " + kept + " µ |\n") > max);
    }

    @Test
    void whenTheFirstListIsGoneTheNextIsCut() {
        String cut = page(50, 1000).render(2000, "x.");
        assertTrue(bytes(cut) <= 2000, bytes(cut) + " bytes");
        assertTrue(cut.contains("50 more rows not shown"), cut);
        assertTrue(cut.contains("more limit checks not shown"), cut);
        assertEquals(0, cut.lines().filter(l -> l.startsWith("| row ")).count());
    }
}

package io.mcpbench.compare.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class HtmlEscapeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void textEscapesMarkupAndQuotes() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", HtmlEscape.text("<a href=\"x\">&'"));
        assertEquals("plain [k=v]", HtmlEscape.text("plain [k=v]"));
    }

    @Test
    void scriptJsonCannotCloseTheBlockAndParsesToTheSameValue() {
        String nasty = "</script><!-- & \u2028 </SCRIPT >";
        ObjectNode o = JSON.createObjectNode().put("name", nasty);
        String safe = HtmlEscape.scriptJson(JSON.writeValueAsString(o));
        assertFalse(safe.contains("<"));
        assertFalse(safe.contains(">"));
        assertFalse(safe.contains("\u2028"));
        assertEquals(nasty, JSON.readTree(safe).get("name").asString());
    }

    @Test
    void inlineScriptBreaksClosingTagsInAnyCase() {
        String js = "var a = '</script>'; var b = /<\\/SCRIPT/; // <!-- x";
        String safe = HtmlEscape.inlineScript(js);
        assertFalse(safe.toLowerCase(Locale.ROOT).contains("</script"));
        assertFalse(safe.contains("<!--"));
        assertEquals("var a = '<\\/script>'; var b = /<\\/SCRIPT/; // <\\!-- x", safe);
        assertFalse(HtmlEscape.inlineStyle("a::after{content:'</style>'}").contains("</style"));
    }
}

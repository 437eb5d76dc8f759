package io.mcpbench.core.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void splitsCamelCase() {
        assertEquals(List.of("search", "repositories"), Tokenizer.tokens("searchRepositories"));
        assertEquals(List.of("get", "pull", "request", "files"), Tokenizer.tokens("GetPullRequestFiles"));
    }

    @Test
    void splitsAcronymsBeforeCapitalisedWord() {
        assertEquals(List.of("http", "server", "url"), Tokenizer.tokens("HTTPServerURL"));
        assertEquals(List.of("parse", "json", "body"), Tokenizer.tokens("parseJSONBody"));
    }

    @Test
    void splitsSnakeCaseDotsAndDashes() {
        assertEquals(List.of("list", "open", "issues"), Tokenizer.tokens("list_open_issues"));
        assertEquals(List.of("files", "read", "v2"), Tokenizer.tokens("files.read_v2"));
        assertEquals(List.of("kube", "get", "pods"), Tokenizer.tokens("kube-get--pods"));
        assertEquals(List.of("github", "create", "issue"), Tokenizer.tokens("github__create_issue"));
    }

    @Test
    void digitsStayWithPrecedingLettersAndEndATerm() {
        assertEquals(List.of("base64", "encode"), Tokenizer.tokens("base64Encode"));
        assertEquals(List.of("base64", "encode"), Tokenizer.tokens("base64encode"));
        assertEquals(List.of("sha256", "sum"), Tokenizer.tokens("sha256sum"));
        assertEquals(List.of("http2", "server"), Tokenizer.tokens("HTTP2Server"));
        assertEquals(List.of("2", "fa", "code"), Tokenizer.tokens("2fa_code"));
        assertEquals(List.of("404"), Tokenizer.tokens("404"));
    }

    @Test
    void lowerCasesAndDropsStopWords() {
        assertEquals(List.of("get", "weather", "forecast", "city"),
                Tokenizer.tokens("Get THE weather forecast for a City."));
        assertEquals(List.of(), Tokenizer.tokens("the of and to a"));
    }

    @Test
    void keepsLettersOfAnyScriptAndCombiningMarks() {
        assertEquals(List.of("café", "menü"), Tokenizer.tokens("Café_Menü"));
        assertEquals(List.of("straße", "größe"), Tokenizer.tokens("straße größe"));
        assertEquals(List.of("cafe\u0301", "bar"), Tokenizer.tokens("Cafe\u0301 bar"));
        assertEquals(List.of("日本語", "検索"), Tokenizer.tokens("日本語・検索"));
        assertEquals(List.of("поиск", "файлов"), Tokenizer.tokens("поискФайлов"));
    }

    @Test
    void emptyInputGivesNoTerms() {
        assertTrue(Tokenizer.tokens("").isEmpty());
        assertTrue(Tokenizer.tokens("   \t\n").isEmpty());
        assertTrue(Tokenizer.tokens("--__..!!").isEmpty());
        assertTrue(Tokenizer.tokens(null).isEmpty());
    }

    @Test
    void appendsToExistingList() {
        List<String> out = new ArrayList<>(List.of("x"));
        Tokenizer.tokenize("readFile", out);
        assertEquals(List.of("x", "read", "file"), out);
    }

    @Test
    void supplementaryCharactersAreHandledAsCodePoints() {
        // Mathematical bold letters lie outside the BMP: small a is U+1D41A, capital A is U+1D400.
        String boldSmallA = new String(Character.toChars(0x1D41A));
        String boldCapitalA = new String(Character.toChars(0x1D400));
        assertEquals(List.of("x" + boldSmallA, "y"), Tokenizer.tokens("x" + boldSmallA + " y"));
        assertEquals(List.of("x", boldCapitalA), Tokenizer.tokens("x" + boldCapitalA));
    }
}

package io.mcpbench.core.validation;

import static io.mcpbench.core.validation.SchemaCompilerTest.json;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.regex.RegularExpression;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BudgetedRegexFactoryTest {

    private final SchemaCompiler compiler = new SchemaCompiler(ValidationLimits.defaults());

    @Test
    void ordinaryPatternsMatchAsTheLibraryDoes() {
        RegularExpression regex = new BudgetedRegexFactory().getRegularExpression("^[a-z]+-\\d{2}$");
        assertTrue(regex.matches("abc-12"));
        assertFalse(regex.matches("abc-123"));
        assertTrue(new BudgetedRegexFactory().getRegularExpression("b").matches("abc"), "pattern is not anchored");
        String long64k = "x".repeat(65_536);
        assertTrue(new BudgetedRegexFactory().getRegularExpression("^x+$").matches(long64k));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void catastrophicBacktrackingGivesUpAndTheCallIsRefused() {
        // The back-reference keeps the JDK from memoising the nested loop: 2^n steps on n letters.
        CompiledSchema schema = compiler.compile(json("{\"properties\":{\"name\":{\"type\":\"string\",\"pattern\":\"^(a+)+\\\\1$\"}}}"));
        String hostile = "a".repeat(40) + "!";
        ValidationResult result = schema.validate(json("{\"name\":\"" + hostile + "\"}"));
        assertFalse(result.isValid());
        assertTrue(result.message().contains("catastrophic backtracking"), result.message());
        assertTrue(schema.validate(json("{\"name\":\"aaaa\"}")).isValid());
        assertFalse(schema.validate(json("{\"name\":\"aab\"}")).isValid());
        assertFalse(schema.validate(json("{\"name\":\"a\"}")).isValid());
    }

    @Test
    void badPatternsAreRejectedAtCompileTime() {
        SchemaRejectedException e = assertThrows(SchemaRejectedException.class,
                () -> compiler.compile(json("{\"patternProperties\":{\"[\":{}}}")));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}

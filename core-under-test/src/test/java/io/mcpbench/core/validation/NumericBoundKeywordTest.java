package io.mcpbench.core.validation;

import static io.mcpbench.core.validation.SchemaCompilerTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.DialectRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumericBoundKeywordTest {

    private final SchemaCompiler compiler = new SchemaCompiler(ValidationLimits.defaults());

    @Test
    void standardDialectsUseTheFastBounds() {
        DialectRegistry dialects = NumericBoundKeyword.dialects();
        for (SpecificationVersion version : new SpecificationVersion[] {
                SpecificationVersion.DRAFT_7, SpecificationVersion.DRAFT_2019_09, SpecificationVersion.DRAFT_2020_12}) {
            var dialect = dialects.getDialect(version.getDialectId(), null);
            for (String keyword : new String[] {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}) {
                assertInstanceOf(NumericBoundKeyword.class, dialect.getKeywords().get(keyword), version + " " + keyword);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} against {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "minimum          | 1                | 1                 | true",
        "minimum          | 1                | 0                 | false",
        "minimum          | 1                | 0.999             | false",
        "minimum          | 1                | 1.0               | true",
        "minimum          | 0.5              | 1                 | true",
        "minimum          | 0.5              | 0                 | false",
        "exclusiveMinimum | 1                | 1                 | false",
        "exclusiveMinimum | 1                | 1.0001            | true",
        "exclusiveMinimum | 1                | 2                 | true",
        "maximum          | 2.5              | 2                 | true",
        "maximum          | 2.5              | 3                 | false",
        "maximum          | 2.5              | 2.5               | true",
        "maximum          | -3               | -3                | true",
        "maximum          | -3               | -2                | false",
        "exclusiveMaximum | 2.5              | 2.5               | false",
        "exclusiveMaximum | 2.5              | 2.4999            | true",
        "exclusiveMaximum | 100              | 99                | true",
        "exclusiveMaximum | 100              | 100               | false",
        "maximum          | 9007199254740993 | 9007199254740992  | true",
        "maximum          | 9007199254740993 | 9007199254740994  | false",
        "maximum          | 9007199254740993 | 9007199254740994.0 | false",
        "maximum          | 100              | 1000000000000000000000000000000 | false",
        "minimum          | 100              | 1000000000000000000000000000000 | true",
        "maximum          | 1e300            | 9223372036854775807 | true",
        "minimum          | -9223372036854775808 | -9223372036854775808 | true",
        "maximum          | 5                | \"5\"             | true",
    })
    void boundsAgreeWithTheSpecification(String keyword, String bound, String value, boolean valid) {
        CompiledSchema schema = compiler.compile(json("{\"type\":[\"number\",\"string\"],\"" + keyword + "\":" + bound + "}"));
        assertEquals(valid, schema.validate(json(value)).isValid());
        CompiledSchema typed = compiler.compile(json("{\"properties\":{\"n\":{\"" + keyword + "\":" + bound + "}}}"));
        assertEquals(valid, typed.validate(json("{\"n\":" + value + "}")).isValid());
    }

    @Test
    void failuresCarryTheLibraryMessage() {
        ValidationResult result = compiler.compile(json("{\"properties\":{\"perPage\":{\"type\":\"number\",\"minimum\":1}}}"))
                .validate(json("{\"perPage\":0}"));
        assertEquals("/perPage: must have a minimum value of 1", result.message());
    }
}

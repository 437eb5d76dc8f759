package io.mcpbench.bench.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ValidatorAgreementTest {

    @ParameterizedTest
    @EnumSource(SchemaSize.class)
    void everyValidatorAcceptsTheValidCallsAndRefusesTheInvalidOnes(SchemaSize size) {
        for (boolean valid : new boolean[] {true, false}) {
            List<ValidationCase> cases = ValidationWorkload.cases(size, valid);
            assertEquals(ValidationWorkload.TOOLS * ValidationWorkload.PAYLOADS_PER_TOOL, cases.size());
            for (String impl : ValidatorUnderTest.ALL) {
                ValidatorUnderTest validator = ValidatorUnderTest.create(impl, cases);
                for (int i = 0; i < cases.size(); i++) {
                    boolean accepted = validator.accepts(validator.validate(i));
                    assertEquals(valid, accepted, () -> impl + " on " + cases.get(0).tool().name() + " call "
                            + cases.get(cases.size() - 1).argumentsJson());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SchemaSize.class)
    void workloadToolsAreDistinctAndInTheirSizeBand(SchemaSize size) {
        List<ValidationCase> cases = ValidationWorkload.cases(size, true);
        long distinctTools = cases.stream().map(ValidationCase::tool).distinct().count();
        assertEquals(ValidationWorkload.TOOLS, distinctTools);
        for (ValidationCase c : cases) {
            int bytes = ValidationWorkload.schemaBytes(c.tool().inputSchema());
            assertTrue(size.contains(bytes), () -> c.tool().name() + " has " + bytes + " B");
        }
        long distinctPayloads = cases.stream().map(ValidationCase::argumentsJson).distinct().count();
        assertTrue(distinctPayloads > cases.size() / 2, "payloads repeat: " + distinctPayloads);
    }

    @Test
    void medianToolsAreNearTheMedianSize() {
        for (ValidationCase c : ValidationWorkload.cases(SchemaSize.MEDIAN, true)) {
            int bytes = ValidationWorkload.schemaBytes(c.tool().inputSchema());
            assertTrue(Math.abs(bytes - SchemaSize.MEDIAN.target()) < 100, c.tool().name() + " has " + bytes + " B");
        }
    }

    @Test
    void workloadIsTheSameOnEveryRun() {
        assertEquals(ValidationWorkload.cases(SchemaSize.LARGE, false), ValidationWorkload.cases(SchemaSize.LARGE, false));
    }

    @Test
    void unknownValidatorIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValidatorUnderTest.create("ajv", List.of()));
        assertTrue(e.getMessage().contains("ajv"), e.getMessage());
    }
}

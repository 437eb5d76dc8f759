package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {

    @Test
    void validIsOneSharedInstance() {
        assertSame(ValidationResult.valid(), ValidationResult.valid());
        assertTrue(ValidationResult.valid().isValid());
        assertTrue(ValidationResult.valid().errors().isEmpty());
    }

    @Test
    void messageNamesTheFirstFieldAndCountsTheRest() {
        ValidationResult one = ValidationResult.invalid("/repo", "integer found, string expected");
        assertFalse(one.isValid());
        assertEquals("/repo: integer found, string expected", one.message());
        ValidationResult three = ValidationResult.invalid(List.of(
                new ValidationError("/a", "bad"), new ValidationError("", "worse"), new ValidationError("/c", "worst")));
        assertEquals("/a: bad (and 2 more)", three.message());
        assertEquals("arguments: worse", three.errors().get(1).toString());
    }

    @Test
    void errorsAreCopiedAndRequired() {
        List<ValidationError> errors = new ArrayList<>(List.of(new ValidationError("/a", "bad")));
        ValidationResult result = ValidationResult.invalid(errors);
        errors.clear();
        assertEquals(1, result.errors().size());
        assertThrows(IllegalArgumentException.class, () -> ValidationResult.invalid(List.of()));
        assertThrows(NullPointerException.class, () -> new ValidationError(null, "m"));
    }

    @Test
    void limitsMustBePositive() {
        ValidationLimits d = ValidationLimits.defaults();
        assertTrue(d.maxArgumentDepth() > 0 && d.maxArgumentSize() > 0 && d.maxSchemaDepth() > 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ValidationLimits(0, 1, 1, 1, 1));
        assertTrue(e.getMessage().contains("maxSchemaDepth"));
        assertTrue(d.maxSchemaSize() > 0 && d.maxEvaluationDepth() > 0 && d.maxEvaluationSteps() > 0);
        ValidationLimits fiveArguments = new ValidationLimits(1, 2, 3, 4, 5);
        assertEquals(d.maxEvaluationSteps(), fiveArguments.maxEvaluationSteps());
        assertEquals(d.withEvaluation(7, 8), new ValidationLimits(d.maxSchemaDepth(), d.maxSchemaNodes(),
                d.maxArgumentDepth(), d.maxArgumentSize(), d.maxObjectProperties(), d.maxSchemaSize(), 7, 8));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withEvaluation(0, 1)).getMessage()
                .contains("maxEvaluationDepth"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withEvaluation(1, 0)).getMessage()
                .contains("maxEvaluationSteps"));
        assertEquals(d.maxPatternSteps(), fiveArguments.maxPatternSteps());
        assertEquals(d.maxPatternTime(), d.withEvaluation(7, 8).maxPatternTime());
        assertEquals(Duration.ofMillis(5), d.withPatternBudget(9, Duration.ofMillis(5)).maxPatternTime());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withPatternBudget(0, Duration.ofSeconds(1)))
                .getMessage().contains("maxPatternSteps"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withPatternBudget(1, Duration.ZERO))
                .getMessage().contains("maxPatternTime"));
        assertEquals(Long.MAX_VALUE, d.withPatternBudget(1, Duration.ofDays(365L * 1_000)).maxPatternNanos());
    }
}

package io.mcpbench.core.validation;

import static io.mcpbench.core.validation.SchemaCompilerTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.regex.RegularExpression;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class BudgetedRegexFactoryTest {

    /** The longest string whose arguments {"s": ...} stay within the default maxArgumentSize. */
    private static final int LONGEST = (int) ValidationLimits.defaults().maxArgumentSize() - 3;

    /**
     * The default limits with all the time in the world: answers then depend on the step budget
     * alone, not on how loaded the machine is (the default time limit has tests of its own).
     */
    static final ValidationLimits UNHURRIED = ValidationLimits.defaults()
            .withPatternBudget(ValidationLimits.defaults().maxPatternSteps(), Duration.ofMinutes(1));

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

    /** Issue case: a valid 2,000-character slug overflowed the JDK matcher on a default stack. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aLongSlugGetsItsTrueAnswerOnADefaultStack(boolean fastPath) throws InterruptedException {
        CompiledSchema schema = stringSchema("^([a-z0-9]|-)+$", fastPath);
        for (int length : new int[] {2_000, 100_000, LONGEST}) {
            String slug = slug(length);
            assertValid(schema, slug);
            assertNoMatch(schema, slug.substring(0, length / 2) + "!" + slug.substring(length / 2 + 1));
        }
    }

    /** Issue case: {@code (a|aa)*c} from 3,000 characters. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anAlternationLoopGetsItsTrueAnswerOnADefaultStack(boolean fastPath) throws InterruptedException {
        CompiledSchema schema = stringSchema("(a|aa)*c", fastPath);
        for (int length : new int[] {3_000, 1_000_000}) {
            assertValid(schema, "a".repeat(length) + "c");
            assertNoMatch(schema, "a".repeat(length) + "b");
        }
    }

    /**
     * Issue case: {@code ^(a+)+$} cost 4.8 ms per 1,000 characters on a budget that grew with the
     * input, and 4,000,000 characters held a thread for over 20 s. Now the linear matcher answers
     * it, right either way (about 0.15 s a pass here), and the default limits bound the call
     * whatever the machine's load: only a call over maxPatternTime may be refused instead.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aNestedQuantifierOnFourMillionCharactersAnswersInBoundedTime(boolean fastPath) throws InterruptedException {
        CompiledSchema unhurried = stringSchema("^(a+)+$", fastPath);
        String a = "a".repeat(4_000_000);
        assertValid(unhurried, a);
        assertNoMatch(unhurried, a + "!");
        CompiledSchema schema = stringSchema("^(a+)+$", fastPath, ValidationLimits.defaults());
        for (String value : new String[] {a, a + "!"}) {
            long start = System.nanoTime();
            ValidationResult result = validateOnDefaultStack(schema, value);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.println("^(a+)+$ on " + value.length() + " characters (fast path " + fastPath + "): " + millis
                    + " ms, " + result.message());
            assertTrue(result.isValid() == value.equals(a) || result.message().contains("(maxPatternTime)"),
                    result.message());
            assertTrue(millis < 2_000, millis + " ms");
        }
    }

    /**
     * A pattern only the backtracking matcher takes (here for its back-reference) is bounded by
     * the call's budget, not by the input: 4,000,001 characters end in a clear limit error.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void backtrackingOnFourMillionCharactersStopsAtTheCallsBudget(boolean fastPath) throws InterruptedException {
        CompiledSchema schema = stringSchema("^(a+)+\\1$", fastPath, ValidationLimits.defaults());
        long start = System.nanoTime();
        ValidationResult result = validateOnDefaultStack(schema, "a".repeat(4_000_000) + "!");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.println("^(a+)+\\1$ on 4,000,001 characters (fast path " + fastPath + "): " + millis + " ms, "
                + result.message());
        assertFalse(result.isValid());
        assertTrue(result.message().contains("(maxPattern") || result.message().contains("needs a deeper stack"),
                result.message());
        assertTrue(millis < 2_000, millis + " ms");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void catastrophicBacktrackingGivesUpAndTheCallIsRefused() {
        // The back-reference keeps the JDK from memoising the nested loop: 2^n steps on n letters.
        CompiledSchema schema = new SchemaCompiler(UNHURRIED).compile(
                json("{\"properties\":{\"name\":{\"type\":\"string\",\"pattern\":\"^(a+)+\\\\1$\"}}}"));
        String hostile = "a".repeat(40) + "!";
        ValidationResult result = schema.validate(json("{\"name\":\"" + hostile + "\"}"));
        assertFalse(result.isValid());
        assertEquals("arguments: pattern matching takes more than the limit of 32000000 steps (character reads) for one"
                + " call (maxPatternSteps): gave up on pattern ^(a+)+\\1$ on a 41-character string", result.message());
        assertTrue(schema.validate(json("{\"name\":\"aaaa\"}")).isValid());
        assertFalse(schema.validate(json("{\"name\":\"aab\"}")).isValid());
        assertFalse(schema.validate(json("{\"name\":\"a\"}")).isValid());
    }

    @Test
    void everyPatternOfACallDrawsOnOneBudget() {
        SchemaCompiler tight = new SchemaCompiler(ValidationLimits.defaults().withPatternBudget(150, Duration.ofMinutes(1)));
        CompiledSchema schema = tight.compile(json("{\"properties\":{\"a\":{\"type\":\"string\",\"pattern\":\"^[a-z]+$\"},"
                + "\"b\":{\"type\":\"string\",\"pattern\":\"^[a-z]+$\"}}}"));
        String hundred = "x".repeat(100);
        assertTrue(schema.validate(json("{\"a\":\"" + hundred + "\"}")).isValid());
        assertTrue(schema.validate(json("{\"b\":\"" + hundred + "\"}")).isValid());
        ValidationResult both = schema.validate(json("{\"a\":\"" + hundred + "\",\"b\":\"" + hundred + "\"}"));
        assertFalse(both.isValid());
        assertTrue(both.message().contains("more than the limit of 150 steps (character reads) for one call"
                + " (maxPatternSteps)"), both.message());
        assertTrue(schema.validate(json("{\"a\":\"" + hundred + "\"}")).isValid(), "the next call has a budget of its own");
    }

    /** The fast path and the library both ask about a long string; the call pays for it once. */
    @Test
    void aLongStringIsMatchedOncePerCall() {
        // One linear match of 10,000 characters reads about 30,000; two would break this budget.
        SchemaCompiler tight = new SchemaCompiler(ValidationLimits.defaults().withPatternBudget(40_000, Duration.ofMinutes(1)));
        CompiledSchema schema = tight.compile(json("{\"properties\":{\"s\":{\"type\":\"string\",\"pattern\":"
                + "\"^([a-z0-9]|-)+$\"},\"n\":{\"type\":\"integer\"}}}"));
        String slug = slug(10_000);
        assertTrue(schema.validate(json("{\"s\":\"" + slug + "\"}")).isValid());
        ValidationResult otherFieldWrong = schema.validate(json("{\"s\":\"" + slug + "\",\"n\":\"x\"}"));
        assertEquals("/n: string found, integer expected", otherFieldWrong.message());
    }

    @Test
    void theClockBoundsACallToo() {
        SchemaCompiler hurried = new SchemaCompiler(ValidationLimits.defaults().withPatternBudget(Long.MAX_VALUE,
                Duration.ofNanos(1)));
        CompiledSchema schema = hurried.compile(json("{\"type\":\"string\",\"pattern\":\"^(a+)+\\\\1$\"}"));
        ValidationResult result = schema.validate(JsonNodeFactory.instance.stringNode("a".repeat(30) + "!"));
        assertFalse(result.isValid());
        assertTrue(result.message().contains("longer than the limit of 0 ms for one call (maxPatternTime)"),
                result.message());
    }

    /** A library keyword that turns a failed pattern into a pass must not turn a refused one into one. */
    @Test
    void aRefusedMatchRefusesTheCallWhateverTheLibraryMakesOfIt() {
        SchemaCompiler tight = new SchemaCompiler(ValidationLimits.defaults().withPatternBudget(10_000, Duration.ofMinutes(1)));
        JsonNode hostile = JsonNodeFactory.instance.stringNode("a".repeat(30) + "!");
        for (String schema : new String[] {"{\"not\":{\"pattern\":\"^(a+)+\\\\1$\"}}",
            "{\"anyOf\":[{\"pattern\":\"^(a+)+\\\\1$\"},{\"type\":\"integer\"}]}",
            "{\"if\":{\"pattern\":\"^(a+)+\\\\1$\"},\"then\":true,\"else\":true}"}) {
            ValidationResult result = tight.compile(json(schema)).validate(hostile);
            assertFalse(result.isValid(), schema);
            assertTrue(result.message().contains("(maxPatternSteps)"), schema + ": " + result.message());
        }
    }

    /** Only the backtracking matcher takes a lookahead; a string too long for its recursion is refused, saying why. */
    @Test
    void aBacktrackingOnlyPatternTooDeepForTheStackIsRefusedSayingWhy() throws InterruptedException {
        CompiledSchema schema = stringSchema("^(?=a)(a|b)+$", true);
        assertValid(schema, "ab".repeat(50));
        ValidationResult result = validateOnDefaultStack(schema, "ab".repeat(50_000));
        assertFalse(result.isValid());
        assertEquals("arguments: pattern matching needs a deeper stack than this thread has: pattern ^(?=a)(a|b)+$ on a"
                + " 100000-character string uses a lookahead, which only the backtracking matcher supports, and it"
                + " recurses with the length of the string", result.message());
    }

    /** {@link BudgetedRegexFactory#JDK_STACK_BUDGET} keeps the JDK matcher within a 256 KB stack on nested alternatives. */
    @ParameterizedTest
    @ValueSource(strings = {"^([a-z0-9]|-)+\\z", "(a|aa)*c", "^((((x|y)|z)|w))+\\z", "^(?:(a)|(b))*\\z",
        "^(?:(?:(?:(?:a|b)*c)*d)*e)*\\z", "^(a|b|c|d|e|f|g|h)+\\z", "^(?:a(?:b(?:c(?:d|e)|f)|g)|h)+\\z"})
    void theJdkMatcherIsGivenOnlyWhatFitsASmallStack(String regex) throws InterruptedException {
        int length = BudgetedRegexFactory.JDK_STACK_BUDGET / LinearTranslation.of(regex).nodes();
        String value = "abcdefghxyzw-0".repeat(length / 14 + 1).substring(0, length);
        Pattern jdk = Pattern.compile(regex);
        Object outcome = OnThread.withSmallStack(() -> jdk.matcher(value).find());
        assertInstanceOf(Boolean.class, outcome, regex + " on " + length + " characters: " + outcome);
    }

    @Test
    void badPatternsAreRejectedAtCompileTime() {
        SchemaRejectedException e = assertThrows(SchemaRejectedException.class,
                () -> compiler.compile(json("{\"patternProperties\":{\"[\":{}}}")));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    private static CompiledSchema stringSchema(String pattern, boolean fastPath) {
        return stringSchema(pattern, fastPath, UNHURRIED);
    }

    /** {@code {"type":"object","properties":{"s":{"type":"string","pattern":...}}}}. */
    static CompiledSchema stringSchema(String pattern, boolean fastPath, ValidationLimits limits) {
        JsonNode schema = JsonNodeFactory.instance.objectNode().put("type", "object").set("properties",
                JsonNodeFactory.instance.objectNode().set("s", JsonNodeFactory.instance.objectNode()
                        .put("type", "string").put("pattern", pattern)));
        return new SchemaCompiler(limits, SchemaDraft.DRAFT_2020_12, iri -> null, fastPath).compile(schema);
    }

    static ValidationResult validateOnDefaultStack(CompiledSchema schema, String s) throws InterruptedException {
        JsonNode args = JsonNodeFactory.instance.objectNode().put("s", s);
        Object outcome = OnThread.withDefaultStack(() -> schema.validate(args));
        return assertInstanceOf(ValidationResult.class, outcome, () -> "validate threw " + outcome);
    }

    private static void assertValid(CompiledSchema schema, String s) throws InterruptedException {
        ValidationResult result = validateOnDefaultStack(schema, s);
        assertTrue(result.isValid(), s.length() + " characters: " + result.message());
    }

    /** Invalid because the pattern does not match, not because a limit gave up. */
    private static void assertNoMatch(CompiledSchema schema, String s) throws InterruptedException {
        ValidationResult result = validateOnDefaultStack(schema, s);
        assertFalse(result.isValid(), s.length() + " characters");
        assertTrue(result.message().startsWith("/s: does not match the regex pattern"), result.message());
    }

    private static String slug(int length) {
        StringBuilder slug = new StringBuilder(length);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
        for (int i = 0; i < length; i++) {
            slug.append(alphabet.charAt((i * 7 + i / 37) % alphabet.length()));
        }
        return slug.toString();
    }
}

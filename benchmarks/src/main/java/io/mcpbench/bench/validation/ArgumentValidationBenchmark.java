package io.mcpbench.bench.validation;

import io.mcpbench.bench.support.InputCycle;
import io.mcpbench.bench.support.Jvm;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-call cost of checking {@code tools/call} arguments against the tool's {@code
 * inputSchema}, ours beside the MCP SDK server's own check, networknt compiling per call and
 * dev.harrel with schemas registered once: valid and invalid arguments, median and large schemas,
 * arguments already parsed into each validator's input form, cycled over eight tools x four
 * payloads. It proves the schema is compiled once and a typical valid call stays cheap.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ArgumentValidationBenchmark {

    @Param({"mcpbench", "sdk", "networknt-per-call", "harrel"})
    String impl;

    @Param({"MEDIAN", "LARGE"})
    SchemaSize schema;

    @Param({"true", "false"})
    boolean valid;

    private ValidatorUnderTest validator;
    private int[] order;
    private int mask;
    private int next;

    @Setup
    public void setUp() {
        List<ValidationCase> cases = ValidationWorkload.cases(schema, valid);
        validator = ValidatorUnderTest.create(impl, cases);
        // Interleave tools (payload p of every tool, then p + 1) so consecutive calls differ in schema.
        int n = InputCycle.powerOfTwoAtLeast(cases.size());
        order = new int[n];
        int tools = ValidationWorkload.TOOLS;
        int payloads = ValidationWorkload.PAYLOADS_PER_TOOL;
        for (int i = 0; i < n; i++) {
            int k = i % cases.size();
            order[i] = (k % tools) * payloads + k / tools;
        }
        mask = n - 1;
        for (int i = 0; i < n; i++) {
            if (validator.accepts(validator.validate(order[i])) != valid) {
                throw new IllegalStateException(impl + " disagrees with the generator on call " + order[i]);
            }
        }
    }

    @Benchmark
    public Object validate() {
        return validator.validate(order[next++ & mask]);
    }
}

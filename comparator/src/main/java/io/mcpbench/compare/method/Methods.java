package io.mcpbench.compare.method;

import java.util.List;

/**
 * The methods a comparison tries, in order: rounds paired by label when both sides carry them,
 * else independent forks. A row neither applies to (fewer than two settled forks on a side) has
 * no estimate: one fork cannot show how far two JVMs of the same code differ, which is often
 * several percent, so no single-fork comparison is ever a verdict.
 */
public final class Methods {

    private final List<Method> methods;

    private Methods(List<Method> methods) {
        this.methods = List.copyOf(methods);
    }

    /** Paired rounds, then independent forks; {@code runLevel} (may be null) widens independent forks. */
    public static Methods standard(RunLevel runLevel) {
        Method independent = new IndependentForks();
        return new Methods(List.of(new PairedRounds(), runLevel == null ? independent : runLevel.around(independent)));
    }

    /** The first method's estimate for {@code sample}, or null when none applies. */
    public Estimate estimate(RowSample sample) {
        for (Method m : methods) {
            Estimate e = m.estimate(sample);
            if (e != null) {
                return e;
            }
        }
        return null;
    }
}

package io.mcpbench.bench.cli;

/**
 * The test command's smoke run: {@link QuickRun}'s one class at a time, each class at its smoke
 * sizes (its {@link io.mcpbench.bench.support.QuickSizes} with its
 * {@link io.mcpbench.bench.support.SmokeSizes} over them). A {@code -p} on the command line would
 * narrow every benchmark with a parameter of that name, whatever the name means there; a smoke
 * size narrows its own benchmark only. {@link SmokeCheck} then checks that every benchmark ran.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.mcpbench.bench.cli.SmokeRun [JMH options] [REGEX...]};
 * {@code -l} prints the plan. Exit 0 when every run succeeded, 1 when a run failed, 2 on bad options.
 */
public final class SmokeRun {

    private SmokeRun() {
    }

    public static void main(String[] args) {
        QuickRun.launch("SmokeRun", args, QuickPlan::smoke);
    }
}

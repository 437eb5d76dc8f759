package io.mcpbench.bench.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The sizes a benchmark runs in the test command's smoke run where its {@link QuickSizes} would
 * make that run long: the smoke run takes each benchmark at its quick sizes, with these over them
 * (see {@code io.mcpbench.bench.cli.SmokeRun}). Each entry is {@code name=value[,value...]} and
 * must name one of the benchmark's parameters. Unlike a quick size, a value need not be one of
 * the parameter's own ({@code watchMillis=2000} where the benchmark watches for 30 s): the smoke
 * run only shows that every benchmark runs, and none of its rows is compared with anything.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SmokeSizes {

    /** {@code name=value[,value...]} per narrowed parameter. */
    String[] value();
}

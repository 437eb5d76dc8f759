package io.mcpbench.bench.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The sizes a benchmark runs in the {@code quick} profile, beside the {@code @Param} lists they
 * narrow: each entry is {@code name=value[,value...]}, every value one of that parameter's own.
 * A benchmark without it runs all its rows in the quick profile. The smoke run starts from it
 * ({@link SmokeSizes}); the other profiles ignore it. Written on the benchmark so that no
 * parameter of another benchmark that happens to share the name is narrowed with it (see
 * {@code io.mcpbench.bench.cli.QuickRun}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QuickSizes {

    /** {@code name=value[,value...]} per narrowed parameter. */
    String[] value();
}

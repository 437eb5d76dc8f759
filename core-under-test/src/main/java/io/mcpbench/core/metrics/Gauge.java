package io.mcpbench.core.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * A pre-resolved gauge: the last value set wins. Setting is a release store rather than a
 * volatile one (no fence on the writer); readers see every value eventually and in order.
 */
public final class Gauge {

    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(Gauge.class, "value", double.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    private final Attributes attributes;
    @SuppressWarnings("unused") // accessed through VALUE
    private double value;

    Gauge(String name, Attributes attributes) {
        this.name = Objects.requireNonNull(name, "name");
        this.attributes = Objects.requireNonNull(attributes, "attributes");
    }

    /** Sets the current value (NaN and infinities are legal gauge values). */
    public void set(double newValue) {
        VALUE.setRelease(this, newValue);
    }

    /** The last value set; 0 before any. */
    public double value() {
        return (double) VALUE.getAcquire(this);
    }

    /** The family name. */
    public String name() {
        return name;
    }

    /** The attribute set this series is recorded under. */
    public Attributes attributes() {
        return attributes;
    }

    @Override
    public String toString() {
        return "Gauge[" + name + attributes + "=" + value() + "]";
    }
}

package io.mcpbench.core.metrics;

import java.util.Objects;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * A pre-resolved monotonic counter. Whole increments go to a {@link LongAdder} (exact, striped
 * under contention); fractional ones to a {@link DoubleAdder}. Negative or non-finite increments
 * are refused, because a counter that goes down breaks every rate computed from it.
 */
public final class Counter {

    private final String name;
    private final Attributes attributes;
    private final LongAdder whole = new LongAdder();
    private final DoubleAdder fraction = new DoubleAdder();

    Counter(String name, Attributes attributes) {
        this.name = Objects.requireNonNull(name, "name");
        this.attributes = Objects.requireNonNull(attributes, "attributes");
    }

    /** Adds one. */
    public void increment() {
        whole.increment();
    }

    /**
     * Adds a whole amount.
     *
     * @throws IllegalArgumentException if the amount is negative
     */
    public void add(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("counter '" + name + "' cannot decrease: add(" + amount + ")");
        }
        whole.add(amount);
    }

    /**
     * Adds an amount; whole amounts stay exact.
     *
     * @throws IllegalArgumentException if the amount is negative, NaN or infinite
     */
    public void add(double amount) {
        if (!(amount >= 0) || amount == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("counter '" + name + "' needs a finite non-negative increment, got " + amount);
        }
        long asLong = (long) amount;
        if (asLong == amount && asLong != Long.MAX_VALUE) {
            whole.add(asLong);
        } else {
            fraction.add(amount);
        }
    }

    /** The total so far. */
    public double value() {
        return whole.sum() + fraction.sum();
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
        return "Counter[" + name + attributes + "=" + value() + "]";
    }
}

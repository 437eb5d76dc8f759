package io.mcpbench.compare.method;

/**
 * A way to test one row. Methods are tried in order ({@link Methods}); the first that applies
 * decides how the row is tested. Adding a method is adding one implementation.
 */
public interface Method {

    /** The estimate for {@code sample}, or null when this method does not apply to it. */
    Estimate estimate(RowSample sample);
}

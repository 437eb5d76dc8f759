/**
 * Stress tests of {@code io.mcpbench.core.catalog}: a reader during a snapshot swap sees one whole
 * version, and concurrent writers lose no change.
 */
package io.mcpbench.stress.catalog;

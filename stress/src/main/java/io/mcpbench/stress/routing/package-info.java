/**
 * Stress tests of {@code io.mcpbench.core.routing}: in-flight counts balance under concurrent
 * route/complete pairs, and session affinity stays on one instance when its instance is ejected.
 */
package io.mcpbench.stress.routing;

/**
 * Stress tests of {@code io.mcpbench.core.routing}: in-flight counts balance under concurrent
 * route/complete pairs, two instances failing at once never both get ejected (the ejection cap),
 * and session affinity stays on one instance when its instance is ejected.
 */
package io.mcpbench.stress.routing;

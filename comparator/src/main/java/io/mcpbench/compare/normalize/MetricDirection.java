package io.mcpbench.compare.normalize;

import io.mcpbench.compare.model.Direction;

/**
 * Which way is better for a row, and whether that was known or assumed. An assumed direction
 * (an unknown secondary metric in an unknown unit) is reported so nobody mistakes a guess for a rule.
 *
 * @param direction the direction used
 * @param assumed   true when nothing identified the metric and lower-is-better was assumed
 */
public record MetricDirection(Direction direction, boolean assumed) {
}

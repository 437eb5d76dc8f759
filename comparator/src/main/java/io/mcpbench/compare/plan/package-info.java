/**
 * A performance plan's success criteria, checked: each criterion is one or more limits of the
 * policy that name it, and a criterion is met only when every one of its limits was measured and
 * holds.
 */
package io.mcpbench.compare.plan;

/**
 * Stress tests of {@code io.mcpbench.core.registry}: a heartbeat racing an expiry pass, with each
 * call's clock reading fixed so the timing is the same in every run.
 */
package io.mcpbench.stress.registry;

/**
 * Stored baselines, one folder per hardware profile, saved atomically; and the environment
 * fingerprint that decides whether a candidate may be compared with a baseline at all.
 */
package io.mcpbench.compare.baseline;

/**
 * The settings of a comparison, one type with one name per setting, as the policy file, the
 * command line and the reports spell them: the false-discovery rate, the noise floors, the gated
 * metrics, what unsettled gated rows do, and per-benchmark overrides.
 */
package io.mcpbench.compare.settings;

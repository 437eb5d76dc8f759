/**
 * The last stage of a comparison: Benjamini-Hochberg over the gated rows (the ungated ones form a
 * family of their own), each row's verdict from its interval and its noise floor, the forks per
 * side that would settle an INCONCLUSIVE row, and the smallest change the run could have shown.
 */
package io.mcpbench.compare.decision;

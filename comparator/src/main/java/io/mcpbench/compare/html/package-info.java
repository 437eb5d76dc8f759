/**
 * The HTML page of a report: one self-contained file (styles, script and the Chart.js library
 * inline, the data as a JSON block) with the verdict table, the summary, fork-mean distributions,
 * a forest plot of ratio intervals and, when the report has a history, trend lines with their
 * change points. It opens from disk with no network access.
 */
package io.mcpbench.compare.html;

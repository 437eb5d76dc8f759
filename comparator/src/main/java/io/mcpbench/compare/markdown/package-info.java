/**
 * Markdown for GitHub: text and code spans that render as the text they hold, and pages kept under
 * the size GitHub accepts for a step summary.
 */
package io.mcpbench.compare.markdown;

/**
 * The report: one document ({@link io.mcpbench.compare.report.Report}) that every output of the
 * comparator renders, and its text formats, one {@link io.mcpbench.compare.report.ReportWriter}
 * each: a comparison on the console, in Markdown, JSON, JUnit XML and CSV; a single result's
 * summary on the console and in Markdown; a history on the console, in Markdown and JSON. The HTML
 * page ({@code html}) and the OpenMetrics export ({@code export}) render the same document.
 * Formats decide nothing; they show the sections they are given.
 */
package io.mcpbench.compare.report;

/**
 * Laying out a decided comparison: console table, Markdown, JSON, JUnit XML and CSV. Formats
 * decide nothing; they show the rows, limits and settings they are given.
 */
package io.mcpbench.compare.report;

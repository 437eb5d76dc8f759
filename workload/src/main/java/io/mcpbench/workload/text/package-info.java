/**
 * The words generated data is made of: a lexicon of free text, names, paths and strings that
 * match the patterns and formats generated schemas declare, and the naming styles of real servers.
 * Catalogs and arguments share it, so a schema's pattern and the values written for it never drift
 * apart.
 */
package io.mcpbench.workload.text;

/**
 * The {@code comparator} command line (picocli): {@code compare}, {@code gate}, {@code report}, {@code summary}, {@code baseline},
 * {@code fingerprint}, {@code merge}, {@code plan}, {@code history}; option parsing, exit codes,
 * and the rule that every failure reaches the user as one line naming the file, never a stack trace.
 */
package io.mcpbench.compare.cli;

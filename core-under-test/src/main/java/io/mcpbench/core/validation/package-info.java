/**
 * Validation of {@code tools/call} arguments against a tool's {@code inputSchema}: compiled once
 * per schema, closed to remote references, bounded in depth and size, and cheap on the valid path.
 */
package io.mcpbench.core.validation;

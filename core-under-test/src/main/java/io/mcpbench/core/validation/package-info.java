/**
 * Validation of {@code tools/call} arguments against a tool's {@code inputSchema}: compiled once
 * per schema, closed to remote references, bounded in depth and size, bounded in the work its
 * references can make of one call, and cheap on the valid path.
 */
package io.mcpbench.core.validation;

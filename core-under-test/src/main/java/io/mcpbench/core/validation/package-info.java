/**
 * Validation of {@code tools/call} arguments against a tool's {@code inputSchema}: compiled once
 * per schema, closed to remote references, bounded in depth and size, bounded in the work its
 * references and patterns can make of one call, true to its patterns at any string length the
 * limits allow, and cheap on the valid path.
 */
package io.mcpbench.core.validation;

/**
 * Qualified tool name to everything a call needs (server, tool, compiled input schema), resolved
 * once per catalog snapshot so that a call costs one hash lookup.
 */
package io.mcpbench.core.binding;

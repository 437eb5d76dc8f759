package io.mcpbench.core.gateway;

/**
 * Resolves the qualified names clients call ({@code server__tool}) to tools. Called once per
 * tools/call on the request thread, so implementations keep lookups lock-free.
 */
@FunctionalInterface
public interface ToolResolver {

    /** The tool with this qualified name, or {@code null} when no such tool exists. */
    ResolvedTool resolve(String qualifiedName);
}

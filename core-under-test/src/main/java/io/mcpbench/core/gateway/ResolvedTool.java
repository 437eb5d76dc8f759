package io.mcpbench.core.gateway;

/**
 * A qualified tool name resolved to what a call needs: which server runs it, what the server calls
 * it, and how its arguments are checked.
 */
public interface ResolvedTool {

    /** The server the tool belongs to; the key the router picks an instance for. */
    String serverId();

    /** The tool's name on its own server, as sent downstream. */
    String toolName();

    /** The check the call's arguments must pass. */
    ArgumentCheck arguments();
}

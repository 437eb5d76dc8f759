package io.mcpbench.core.gateway;

/** One routing decision: the instance a call goes to, handed back to the {@link Router} when the call ends. */
public interface Route {

    /** The id of the chosen instance. */
    String instanceId();
}

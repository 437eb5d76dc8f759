package io.mcpbench.core.gateway;

import tools.jackson.databind.JsonNode;

/**
 * One JSON-RPC method the gateway serves. The envelope has read the request and checked its shape;
 * the method answers it and records it. Adding a method is adding one of these to the envelope's
 * table.
 */
interface GatewayMethod {

    /**
     * The response to one request (never a notification: the envelope answers those with nothing).
     *
     * @param id         the request's id, a string or an integer
     * @param params     the request's {@code params} object, or null when it has none
     * @param sessionKey the caller's routing key, or null
     * @param session    the bindings of the caller's {@link GatewaySession}, or null for a call without one
     * @param start      when the request arrived, in {@link System#nanoTime()}
     */
    byte[] answer(JsonNode id, JsonNode params, String sessionKey, SessionBindings session, long start);
}

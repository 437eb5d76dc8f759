/**
 * Picking a healthy instance of a server for each call: round robin, random, least in flight,
 * power of two choices over EWMA latency and load, session affinity and rendezvous hashing, with
 * ejection of failing instances (capped, so a server always keeps one to route to) and readmission
 * after a growing back-off. {@link
 * io.mcpbench.core.routing.RoutingService#route} is the hot path: lock-free and allocation-free.
 */
package io.mcpbench.core.routing;

/**
 * Simulated agents: a fleet of client sessions against one gateway, each calling tools in turn
 * with a think time between its calls, as the performance plan's load tests describe. The fleet
 * grows and shrinks while it runs (ramps, spikes), and tells a listener how long each call took
 * from the moment the agent meant to send it. What carries the agents is the
 * {@link io.mcpbench.workload.agents.Carrier}: a virtual thread per agent on JDK 21 and newer, a
 * timer and a small pool of platform threads before that.
 */
package io.mcpbench.workload.agents;

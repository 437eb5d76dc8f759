/**
 * Load scenarios of the performance plan as JMH benchmarks over the whole gateway or the SDK
 * session layer: concurrent agents (a thread sweep), many sessions (memory per session), spike and
 * overload (failure and latency injection with success rate and p99 as secondary metrics),
 * endurance (a sustained run with heap growth and its rate per hour as the leak check), and the
 * measurements behind the plan's success criteria: fleets of 100 to 1,000 agents with think time,
 * the plan's load stages, recovery after a spike, and scale-out with rebalancing. Secondary metrics that are not
 * counts go through {@code @AuxCounters(EVENTS)} as described by {@link io.mcpbench.bench.scenario.IterationFigure}.
 */
package io.mcpbench.bench.scenario;

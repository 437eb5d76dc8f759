/**
 * Load scenarios of the performance plan as JMH benchmarks over the whole gateway or the SDK
 * session layer: concurrent agents (a thread sweep), many sessions (memory per session), spike and
 * overload (failure and latency injection with success rate and p99 as secondary metrics) and
 * endurance (a sustained run with heap growth as its leak check). Secondary metrics that are not
 * counts go through {@code @AuxCounters(EVENTS)} as described by {@link io.mcpbench.bench.scenario.IterationFigure}.
 */
package io.mcpbench.bench.scenario;

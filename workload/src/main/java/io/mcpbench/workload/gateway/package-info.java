/**
 * Ready-made gateways for benchmarks, load scenarios and tests: a catalog, a registry holding a
 * fixed number of instances of each of its servers, and an instant simulated downstream.
 */
package io.mcpbench.workload.gateway;

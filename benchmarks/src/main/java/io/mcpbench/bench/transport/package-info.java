/**
 * The gateway over the MCP Streamable HTTP transport, beside the same calls in-process: the
 * gateway's tools served by an MCP SDK server front through the SDK's own servlet transports
 * (stateful, with sessions, and stateless) on embedded Tomcat on 127.0.0.1, or through an
 * in-memory transport, and driven by the SDK's client ({@code HttpClientStreamableHttpTransport},
 * the JDK's HTTP client). So a run shows what the wire costs per call and where it saturates.
 * {@code LoopbackEchoBenchmark} gives the floor: one TCP round trip on loopback.
 */
package io.mcpbench.bench.transport;

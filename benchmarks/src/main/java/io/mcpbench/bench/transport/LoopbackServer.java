package io.mcpbench.bench.transport;

import jakarta.servlet.Servlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * Embedded Tomcat serving one servlet at {@link #PATH} on 127.0.0.1, on a port the kernel picks
 * free at start, from a temporary base directory removed at close. The HTTP/1.1 NIO connector
 * with Tomcat's defaults (TCP_NODELAY on, keep-alive); the servlet is asynchronous, as the MCP
 * SDK's streaming transport needs. Nothing listens beyond loopback.
 */
final class LoopbackServer implements AutoCloseable {

    /** The servlet's path, the MCP endpoint. */
    static final String PATH = "/mcp";
    /** The only address listened on. */
    static final String LOOPBACK = "127.0.0.1";

    /** Tomcat logs through java.util.logging; held here, so the level set on it stays set. */
    private static final Logger TOMCAT_LOG = Logger.getLogger("org.apache");

    private final Tomcat tomcat = new Tomcat();
    private final Path baseDir;
    private final int port;

    LoopbackServer(Servlet servlet) {
        // its start-up lines, and at stop the warnings that its leak detection cannot look into
        // the JDK without --add-opens, are noise in a benchmark's output
        TOMCAT_LOG.setLevel(Level.SEVERE);
        try {
            baseDir = Files.createTempDirectory("mcpbench-tomcat");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make Tomcat's base directory", e);
        }
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(0);
        connector.setProperty("address", LOOPBACK);
        tomcat.getService().addConnector(connector);
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", baseDir.toString());
        Wrapper wrapper = Tomcat.addServlet(context, "mcp", servlet);
        wrapper.setAsyncSupported(true);
        context.addServletMappingDecoded(PATH, "mcp");
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            close();
            throw new IllegalStateException("embedded Tomcat did not start: " + e.getMessage(), e);
        }
        port = connector.getLocalPort();
        if (port <= 0) {
            close();
            throw new IllegalStateException("embedded Tomcat has no local port");
        }
    }

    /** The server's base address, {@code http://127.0.0.1:PORT}. */
    URI base() {
        return URI.create("http://" + LOOPBACK + ":" + port);
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException("embedded Tomcat did not stop: " + e.getMessage(), e);
        } finally {
            try (Stream<Path> files = Files.walk(baseDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory left behind is not worth failing a benchmark for
            }
        }
    }
}

package io.mcpbench.bench.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class LoopbackServerTest {

    /** Answers with the address the request came in on. */
    static final class LocalAddress extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.getWriter().write(req.getLocalAddr());
        }
    }

    @Test
    void servesItsServletOnLoopbackAtAFreePort() throws Exception {
        try (LoopbackServer a = new LoopbackServer(new LocalAddress()); LoopbackServer b = new LoopbackServer(new LocalAddress())) {
            assertEquals("127.0.0.1", a.base().getHost());
            assertNotEquals(a.base().getPort(), b.base().getPort());
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(a.base() + LoopbackServer.PATH)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("127.0.0.1", r.body());
        }
    }
}

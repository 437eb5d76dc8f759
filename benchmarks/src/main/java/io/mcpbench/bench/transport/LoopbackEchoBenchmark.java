package io.mcpbench.bench.transport;

import io.mcpbench.bench.support.Jvm;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor an HTTP call on loopback stands on, and the stall a transport setting can add: a
 * request written as two small segments (a 100-byte head, then a 100-byte body, as an HTTP client
 * may write headers and body) to an echo server on 127.0.0.1 that answers one byte once it has
 * both. With {@code noDelay} (TCP_NODELAY on both sockets, as Tomcat and the JDK's HTTP client set
 * it) this is one loopback round trip. Without it, Nagle's algorithm holds the body until the head
 * is acknowledged, and the server's delayed ACK holds the acknowledgement (about 40 ms on Linux):
 * the stall that turns a sub-millisecond call into a 40 ms one. {@code StreamableHttpBenchmark}'s
 * one-agent latencies are read against the first row, and show the second was avoided.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LoopbackEchoBenchmark {

    static final int SEGMENT = 100;

    @Param({"true", "false"})
    boolean noDelay;

    ServerSocket listener;
    Thread echo;
    Socket client;
    OutputStream out;
    InputStream in;
    final byte[] head = new byte[SEGMENT];
    final byte[] body = new byte[SEGMENT];

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        echo = new Thread(this::serve, "loopback-echo");
        echo.setDaemon(true);
        echo.start();
        client = new Socket();
        client.setTcpNoDelay(noDelay);
        client.connect(listener.getLocalSocketAddress());
        out = client.getOutputStream();
        in = client.getInputStream();
    }

    /** Reads two segments, answers one byte, until the client closes. */
    private void serve() {
        try (Socket s = listener.accept()) {
            s.setTcpNoDelay(noDelay);
            InputStream sin = s.getInputStream();
            OutputStream sout = s.getOutputStream();
            byte[] request = new byte[2 * SEGMENT];
            while (sin.readNBytes(request, 0, request.length) == request.length) {
                sout.write(request[0] + 1);
                sout.flush();
            }
        } catch (IOException closed) {
            // the trial is over
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, InterruptedException {
        client.close();
        listener.close();
        echo.join(TimeUnit.SECONDS.toMillis(5));
    }

    @Benchmark
    public int roundTrip() {
        try {
            head[0]++;
            out.write(head);
            out.write(body);
            out.flush();
            int answer = in.read();
            if (answer < 0) {
                throw new IllegalStateException("the echo server closed the connection");
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

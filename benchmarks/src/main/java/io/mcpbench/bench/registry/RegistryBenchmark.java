package io.mcpbench.bench.registry;

import io.mcpbench.bench.support.InputCycle;
import io.mcpbench.bench.support.Jvm;
import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.core.registry.ServiceInstance;
import io.mcpbench.core.registry.ServiceRegistry;
import io.mcpbench.core.registry.ServiceType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * The service registry's hot paths at 100 and 1,000 services: a heartbeat (one compare-and-set,
 * no copy), lookups by id and by type and the full listing (lock-free snapshot reads), the same
 * reads while a heartbeat writer runs ({@code mixed}) or while services join and leave
 * ({@code churn}), and the cost of membership changes: register + deregister, and register +
 * expire in a rolling window where each call's registration pushes the oldest service past its ttl.
 */
@State(Scope.Benchmark)
@Fork(value = 5, jvmArgsAppend = {Jvm.XMS, Jvm.XMX, Jvm.GC, Jvm.THP, Jvm.PRETOUCH})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@QuickSizes("size=100")
public class RegistryBenchmark {

    static final Duration TTL = Duration.ofSeconds(30);
    /** Clock step per heartbeat: every service beats again long before its ttl lapses. */
    static final long HEARTBEAT_STEP_NANOS = 1_000;
    private static final long SEED = 0x7e6157e7L;

    @Param({"100", "1000"})
    int size;

    ManualClock clock;
    ServiceRegistry registry;
    String[] ids;
    int idMask;
    ServiceType[] types;
    int typeMask;
    /** Services never in the fleet, for register + deregister; used by one thread at a time. */
    ServiceInstance[] spares;
    int spareMask;
    int spareCursor;

    @Setup(Level.Trial)
    public void setUp() {
        clock = new ManualClock();
        registry = new ServiceRegistry(TTL, clock);
        ServiceInstance[] fleet = Fleet.services(0, size);
        for (ServiceInstance s : fleet) {
            registry.register(s);
        }
        ids = Fleet.lookupIds(fleet, SEED);
        idMask = ids.length - 1;
        types = Fleet.lookupTypes(SEED);
        typeMask = types.length - 1;
        spares = Fleet.services(size, InputCycle.powerOfTwoAtLeast(size));
        spareMask = spares.length - 1;
    }

    /** Per thread: where in the input streams this thread is. */
    @State(Scope.Thread)
    public static class Cursor {
        int n;

        @Setup(Level.Trial)
        public void setUp(ThreadParams thread) {
            n = thread.getThreadIndex() * 7919;
        }
    }

    /**
     * A registry kept at {@code size} services in a rolling window: every call registers one
     * service, moves the clock on by ttl / size, and expires the service that has just lapsed.
     */
    @State(Scope.Benchmark)
    public static class Window {
        ManualClock clock;
        ServiceRegistry registry;
        ServiceInstance[] services;
        int mask;
        int cursor;
        long step;

        @Setup(Level.Trial)
        public void setUp(RegistryBenchmark b) {
            clock = new ManualClock();
            registry = new ServiceRegistry(TTL, clock);
            // Four times the window: an id comes round again long after its lease expired.
            services = Fleet.services(0, InputCycle.powerOfTwoAtLeast(4 * b.size));
            mask = services.length - 1;
            step = TTL.toNanos() / b.size;
            for (int k = 0; k <= b.size; k++) {
                registerAndExpire();
            }
        }

        int registerAndExpire() {
            registry.register(services[cursor++ & mask]);
            clock.advance(step);
            return registry.expire();
        }
    }

    // ---- single operations, one thread ----

    @Benchmark
    @Threads(1)
    public boolean heartbeat(Cursor c) {
        return beat(c);
    }

    @Benchmark
    @Threads(1)
    public Optional<ServiceInstance> find(Cursor c) {
        return registry.find(ids[c.n++ & idMask]);
    }

    @Benchmark
    @Threads(1)
    public List<ServiceInstance> servicesByType(Cursor c) {
        return registry.getServices(types[c.n++ & typeMask]);
    }

    @Benchmark
    @Threads(1)
    public List<ServiceInstance> allServices() {
        return registry.getAllServices();
    }

    @Benchmark
    @Threads(1)
    public boolean registerDeregister() {
        return churn();
    }

    @Benchmark
    @Threads(1)
    public int registerExpire(Window w) {
        return w.registerAndExpire();
    }

    // ---- one heartbeat writer beside three readers ----

    @Benchmark
    @Group("mixed")
    @GroupThreads(1)
    public boolean mixedHeartbeat(Cursor c) {
        return beat(c);
    }

    @Benchmark
    @Group("mixed")
    @GroupThreads(1)
    public Optional<ServiceInstance> mixedFind(Cursor c) {
        return registry.find(ids[c.n++ & idMask]);
    }

    @Benchmark
    @Group("mixed")
    @GroupThreads(1)
    public List<ServiceInstance> mixedByType(Cursor c) {
        return registry.getServices(types[c.n++ & typeMask]);
    }

    @Benchmark
    @Group("mixed")
    @GroupThreads(1)
    public List<ServiceInstance> mixedAll() {
        return registry.getAllServices();
    }

    // ---- services joining and leaving beside three readers ----

    @Benchmark
    @Group("churn")
    @GroupThreads(1)
    public boolean churnRegisterDeregister() {
        return churn();
    }

    @Benchmark
    @Group("churn")
    @GroupThreads(3)
    public Optional<ServiceInstance> churnFind(Cursor c) {
        return registry.find(ids[c.n++ & idMask]);
    }

    private boolean beat(Cursor c) {
        clock.advance(HEARTBEAT_STEP_NANOS);
        return registry.heartbeat(ids[c.n++ & idMask]);
    }

    /** One service joins and leaves again; only one thread runs this per trial. */
    private boolean churn() {
        ServiceInstance s = spares[spareCursor++ & spareMask];
        registry.register(s);
        return registry.deregister(s.id());
    }
}

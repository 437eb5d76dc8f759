package io.mcpbench.core.registry;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Which services exist now. Services {@link #register} and then {@link #heartbeat} more often than
 * the ttl; {@link #expire()}, run on a schedule, removes those whose last heartbeat is older.
 *
 * <p>Reads ({@link #getAllServices()}, {@link #getServices(ServiceType)}, {@link #find}) take no
 * lock: they read one immutable snapshot, with the per-type lists computed when it was built.
 * Writes that change membership serialise on a lock, build the next snapshot and publish it, then
 * tell listeners in order. A heartbeat changes no membership: it only advances one atomic
 * timestamp, so it copies nothing.
 *
 * <p>A heartbeat and an expiry of the same service are decided by one compare-and-set on that
 * timestamp: either the heartbeat lands first and the service stays (for another ttl), or the
 * expiry lands first and the heartbeat reports {@code false}. A heartbeat that arrives after the
 * ttl has lapsed also reports {@code false}: the service must register again.
 */
public final class ServiceRegistry {

    private static final System.Logger LOG = System.getLogger(ServiceRegistry.class.getName());
    /** The timestamp of a lease that ended (expired, deregistered or replaced). */
    private static final long ENDED = Long.MIN_VALUE;

    /** One registration: its description and its liveness. */
    private static final class Lease {
        final ServiceInstance service;
        final long registeredAt;
        final AtomicLong lastHeartbeat;

        Lease(ServiceInstance service, long now) {
            this.service = service;
            this.registeredAt = now;
            this.lastHeartbeat = new AtomicLong(now);
        }
    }

    /** Everything readers see, immutable once published. */
    private static final class Snapshot {
        final Map<String, Lease> byId;
        final List<ServiceInstance> all;
        final Map<ServiceType, List<ServiceInstance>> byType;
        /** Instance ids by type and name, computed on first use (a benign race: same result). */
        private volatile Map<ServiceType, Map<String, List<String>>> idsByName;

        Snapshot(Map<String, Lease> byId) {
            this.byId = byId;
            List<ServiceInstance> everything = new ArrayList<>(byId.size());
            Map<ServiceType, List<ServiceInstance>> split = new EnumMap<>(ServiceType.class);
            for (ServiceType t : ServiceType.values()) {
                split.put(t, new ArrayList<>());
            }
            for (Lease l : byId.values()) {
                everything.add(l.service);
                split.get(l.service.type()).add(l.service);
            }
            this.all = Collections.unmodifiableList(everything);
            for (ServiceType t : ServiceType.values()) {
                split.put(t, Collections.unmodifiableList(split.get(t)));
            }
            this.byType = split;
        }

        Map<String, List<String>> idsByName(ServiceType type) {
            Map<ServiceType, Map<String, List<String>>> cached = idsByName;
            if (cached == null) {
                cached = new EnumMap<>(ServiceType.class);
                for (ServiceType t : ServiceType.values()) {
                    Map<String, List<String>> names = new LinkedHashMap<>();
                    for (ServiceInstance s : byType.get(t)) {
                        names.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s.id());
                    }
                    names.replaceAll((k, v) -> List.copyOf(v));
                    cached.put(t, Collections.unmodifiableMap(names));
                }
                idsByName = cached;
            }
            return cached.get(type);
        }
    }

    private final long ttlNanos;
    private final LongSupplier clock;
    private final ReentrantLock writes = new ReentrantLock();
    private final List<Consumer<ServiceEvent>> listeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot snapshot = new Snapshot(new LinkedHashMap<>());

    /**
     * @param ttl       how long a service stays without a heartbeat
     * @param nanoClock a monotonic nanosecond clock, e.g. {@code System::nanoTime}
     */
    public ServiceRegistry(Duration ttl, LongSupplier nanoClock) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive: " + ttl);
        }
        this.ttlNanos = ttl.toNanos();
        this.clock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** A registry on {@link System#nanoTime()}. */
    public ServiceRegistry(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    /** Adds a service, or replaces the one with the same id (its heartbeat starts afresh). */
    public void register(ServiceInstance service) {
        Objects.requireNonNull(service, "service");
        writes.lock();
        try {
            Map<String, Lease> next = new LinkedHashMap<>(snapshot.byId);
            Lease previous = next.put(service.id(), new Lease(service, clock.getAsLong()));
            snapshot = new Snapshot(next);
            if (previous != null) {
                // After publishing, so a heartbeat that finds the old lease ended sees the new one.
                previous.lastHeartbeat.set(ENDED);
            }
            notify(new ServiceEvent(previous == null ? ServiceEvent.Kind.REGISTERED : ServiceEvent.Kind.REPLACED, service));
        } finally {
            writes.unlock();
        }
    }

    /** Removes a service; returns whether it was registered. */
    public boolean deregister(String id) {
        Objects.requireNonNull(id, "id");
        writes.lock();
        try {
            if (!snapshot.byId.containsKey(id)) {
                return false;
            }
            Map<String, Lease> next = new LinkedHashMap<>(snapshot.byId);
            Lease removed = next.remove(id);
            removed.lastHeartbeat.set(ENDED);
            snapshot = new Snapshot(next);
            notify(new ServiceEvent(ServiceEvent.Kind.DEREGISTERED, removed.service));
            return true;
        } finally {
            writes.unlock();
        }
    }

    /**
     * Records that a service is alive. Returns {@code false} if the id is unknown, or its last
     * heartbeat is already older than the ttl (it has expired, or will at the next {@link #expire()}).
     */
    public boolean heartbeat(String id) {
        Objects.requireNonNull(id, "id");
        Lease lease = snapshot.byId.get(id);
        while (lease != null) {
            long last = lease.lastHeartbeat.get();
            if (last == ENDED) {
                Lease current = snapshot.byId.get(id);
                if (current == lease) {
                    return false;
                }
                lease = current; // replaced meanwhile: beat for the new registration
                continue;
            }
            long now = clock.getAsLong();
            if (now - last > ttlNanos) {
                return false;
            }
            if (now - last <= 0 || lease.lastHeartbeat.compareAndSet(last, now)) {
                return true;
            }
        }
        return false;
    }

    /** Removes every service whose last heartbeat is older than the ttl; returns how many. */
    public int expire() {
        writes.lock();
        try {
            long now = clock.getAsLong();
            Snapshot current = snapshot;
            List<Lease> expired = null;
            for (Lease l : current.byId.values()) {
                long last = l.lastHeartbeat.get();
                if (last != ENDED && now - last > ttlNanos && l.lastHeartbeat.compareAndSet(last, ENDED)) {
                    if (expired == null) {
                        expired = new ArrayList<>();
                    }
                    expired.add(l);
                }
            }
            if (expired == null) {
                return 0;
            }
            Map<String, Lease> next = new LinkedHashMap<>(current.byId);
            for (Lease l : expired) {
                next.remove(l.service.id());
            }
            snapshot = new Snapshot(next);
            for (Lease l : expired) {
                notify(new ServiceEvent(ServiceEvent.Kind.EXPIRED, l.service));
            }
            return expired.size();
        } finally {
            writes.unlock();
        }
    }

    /**
     * Runs {@link #expire()} every {@code period} on the executor until the returned future is
     * cancelled. A failing listener is logged and does not stop the schedule.
     */
    public ScheduledFuture<?> scheduleExpiry(ScheduledExecutorService executor, Duration period) {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("expiry period must be positive: " + period);
        }
        long nanos = period.toNanos();
        return executor.scheduleAtFixedRate(this::expireLogged, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    /** A scheduled run must not throw: that would cancel every later run. */
    private void expireLogged() {
        try {
            expire();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled registry expiry failed", e);
        }
    }

    /** Every registered service, in registration order; an immutable snapshot. */
    public List<ServiceInstance> getAllServices() {
        return snapshot.all;
    }

    /** The registered services of one type, in registration order; an immutable snapshot. */
    public List<ServiceInstance> getServices(ServiceType type) {
        return snapshot.byType.get(Objects.requireNonNull(type, "type"));
    }

    /**
     * The ids of the services of one type, grouped by {@link ServiceInstance#name()}: for each
     * logical service, its instances (what routing takes as an instance set).
     */
    public Map<String, List<String>> instanceIdsByName(ServiceType type) {
        return snapshot.idsByName(Objects.requireNonNull(type, "type"));
    }

    /**
     * The ids of the instances of one logical service, in registration order (empty if none): what
     * a listener passes to routing's {@code setInstances(name, ids)} when a service of that name changes.
     */
    public List<String> instanceIds(ServiceType type, String name) {
        return snapshot.idsByName(Objects.requireNonNull(type, "type"))
                .getOrDefault(Objects.requireNonNull(name, "name"), List.of());
    }

    /** The service with this id, if registered. */
    public Optional<ServiceInstance> find(String id) {
        Lease l = snapshot.byId.get(Objects.requireNonNull(id, "id"));
        return l == null ? Optional.empty() : Optional.of(l.service);
    }

    /** The clock reading of the service's last heartbeat (or registration), if registered. */
    public OptionalLong lastHeartbeatNanos(String id) {
        Lease l = snapshot.byId.get(Objects.requireNonNull(id, "id"));
        long last = l == null ? ENDED : l.lastHeartbeat.get();
        return last == ENDED ? OptionalLong.empty() : OptionalLong.of(last);
    }

    /** The clock reading when the service registered, if registered. */
    public OptionalLong registeredAtNanos(String id) {
        Lease l = snapshot.byId.get(Objects.requireNonNull(id, "id"));
        return l == null ? OptionalLong.empty() : OptionalLong.of(l.registeredAt);
    }

    /** How many services are registered. */
    public int size() {
        return snapshot.byId.size();
    }

    /**
     * Calls the listener with every change from now on, in order, on the writer's thread while
     * the registry's write lock is held: a listener must be quick and must not block. The change
     * is already published, so the listener's reads ({@link #instanceIds}, ...) see it.
     */
    public void addListener(Consumer<ServiceEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops calling the listener; returns whether it was added. */
    public boolean removeListener(Consumer<ServiceEvent> listener) {
        return listeners.remove(listener);
    }

    private void notify(ServiceEvent event) {
        for (Consumer<ServiceEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "registry listener failed on " + event, e);
            }
        }
    }
}

package io.mcpbench.bench.registry;

import io.mcpbench.bench.support.InputCycle;
import io.mcpbench.core.registry.ServiceInstance;
import io.mcpbench.core.registry.ServiceType;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded descriptions of registered services, shaped like a gateway's fleet: 70% MCP servers, 20%
 * adapters, 10% gateways, three replicas per logical service, two metadata labels each.
 */
final class Fleet {

    private static final ServiceType[] TYPE_MIX = {
        ServiceType.MCP_SERVER, ServiceType.MCP_SERVER, ServiceType.MCP_SERVER, ServiceType.MCP_SERVER,
        ServiceType.MCP_SERVER, ServiceType.MCP_SERVER, ServiceType.MCP_SERVER,
        ServiceType.MCP_ADAPTER, ServiceType.MCP_ADAPTER, ServiceType.GATEWAY
    };

    private Fleet() {
    }

    /** Services {@code from} to {@code from + count - 1}; the same index always gives the same service. */
    static ServiceInstance[] services(int from, int count) {
        ServiceInstance[] out = new ServiceInstance[count];
        for (int k = 0; k < count; k++) {
            int i = from + k;
            ServiceType type = TYPE_MIX[i % TYPE_MIX.length];
            String name = type.name().toLowerCase().replace('_', '-') + "-" + (i / 3);
            String endpoint = "http://10." + ((i >> 16) & 255) + "." + ((i >> 8) & 255) + "." + (i & 255) + ":8080/mcp";
            out[k] = new ServiceInstance("svc-" + i, name, type, endpoint,
                    Map.of("version", "1." + (i % 7) + ".0", "zone", "zone-" + (char) ('a' + i % 3)));
        }
        return out;
    }

    /**
     * A power-of-two array of ids of the given services in seeded random order, each a fresh String
     * (as an id parsed from a request would be), so lookups compare contents, not references.
     */
    static String[] lookupIds(ServiceInstance[] services, long seed) {
        String[] ids = new String[InputCycle.powerOfTwoAtLeast(Math.max(services.length, 1024))];
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < ids.length; k++) {
            ids[k] = new String(services[random.nextInt(services.length)].id());
        }
        return ids;
    }

    /** A power-of-two array of types in the fleet's mix, seeded order. */
    static ServiceType[] lookupTypes(long seed) {
        ServiceType[] types = new ServiceType[1024];
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < types.length; k++) {
            types[k] = TYPE_MIX[random.nextInt(TYPE_MIX.length)];
        }
        return types;
    }
}

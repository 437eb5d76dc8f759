package io.mcpbench.workload.catalog;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.workload.text.Names;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded generator of realistic MCP tool catalogs: servers of the kinds people run (GitHub, file
 * system, Slack, PostgreSQL, Jira, ...), sized, named, described and given {@code inputSchema}s
 * with the shape measured on public servers. Benchmarks measure the same work on every run
 * because the output is a pure function of {@code (seed, toolCount)}: the same arguments give the
 * same tools, in the same order, serializing to the same bytes. A larger catalog of one seed
 * starts with the servers of a smaller one.
 *
 * <p>Instances hold only the seed and are safe to share between threads.
 */
public final class CatalogGenerator {

    private static final String[] ORGS = {"acme", "globex", "initech", "umbrella", "stark", "wayne", "hooli",
        "vandelay", "wonka", "cyberdyne", "soylent", "tyrell", "aperture", "oscorp", "piedpiper", "dunder",
        "nakatomi", "monarch", "gringotts", "prestige"};
    private static final String[] ENVS = {"prod", "staging", "dev", "eu", "us", "internal", "sandbox", "legacy",
        "v2", "readonly"};
    private static final Set<String> READ_VERBS = Set.of("get", "list", "search", "read", "describe", "retrieve",
            "query", "find", "explain", "inspect", "head", "fetch", "compute", "scan", "take");
    private static final Set<String> DESTRUCTIVE_VERBS = Set.of("delete", "remove", "drop", "cancel", "archive",
            "stop", "close", "refund");

    private final long seed;

    public CatalogGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Exactly {@code toolCount} tools, grouped by server id in generation order. Server ids are
     * unique and valid in qualified names; tool names are unique within their server.
     *
     * @throws IllegalArgumentException if {@code toolCount} is negative
     */
    public Map<String, List<McpSchema.Tool>> servers(int toolCount) {
        if (toolCount < 0) {
            throw new IllegalArgumentException("toolCount must not be negative: " + toolCount);
        }
        SplittableRandom root = new SplittableRandom(seed);
        Map<String, List<McpSchema.Tool>> servers = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        int totalWeight = 0;
        for (Domain d : Domains.ALL) {
            totalWeight += d.weight();
        }
        int remaining = toolCount;
        while (remaining > 0) {
            SplittableRandom rng = root.split();
            int size = Math.min(remaining, ServerSizes.sample(rng));
            Domain domain = pickDomain(rng, totalWeight, size);
            String id = serverId(rng, domain, ids);
            servers.put(id, Collections.unmodifiableList(tools(rng, deployment(domain, id), size)));
            remaining -= size;
        }
        return Collections.unmodifiableMap(servers);
    }

    /** {@link #servers(int)} as a catalog snapshot. */
    public CatalogSnapshot snapshot(int toolCount) {
        return CatalogSnapshot.of(servers(toolCount));
    }

    private static Domain pickDomain(SplittableRandom rng, int totalWeight, int size) {
        while (true) {
            int w = rng.nextInt(totalWeight);
            for (Domain d : Domains.ALL) {
                w -= d.weight();
                if (w < 0) {
                    if (size <= 20 || d.verbs().size() * d.nouns().size() >= 40) {
                        return d;
                    }
                    break;
                }
            }
        }
    }

    /** The domain as this server describes it: deployments of one kind name their organization and environment. */
    private static Domain deployment(Domain domain, String serverId) {
        String org = null;
        for (String o : ORGS) {
            if (serverId.startsWith(o + "-")) {
                org = o;
            }
        }
        String env = null;
        for (String e : ENVS) {
            if (serverId.endsWith("-" + e) || serverId.contains("-" + e + "-")) {
                env = e;
            }
        }
        if (org == null && env == null) {
            return domain;
        }
        return domain.withScope(domain.scope() + (org == null ? "" : " at " + Names.capitalize(org))
                + (env == null ? "" : " (" + env + ")"));
    }

    private static String serverId(SplittableRandom rng, Domain domain, Set<String> ids) {
        String base = domain.id();
        String id = base;
        for (int attempt = 0; !ids.add(id); attempt++) {
            String org = ORGS[rng.nextInt(ORGS.length)];
            String env = ENVS[rng.nextInt(ENVS.length)];
            switch (attempt < 10 ? rng.nextInt(3) : 3) {
                case 0:
                    id = org + "-" + base;
                    break;
                case 1:
                    id = base + "-" + env;
                    break;
                case 2:
                    id = org + "-" + base + "-" + env;
                    break;
                default:
                    id = org + "-" + base + "-" + env + "-" + attempt;
                    break;
            }
        }
        return id;
    }

    private static List<McpSchema.Tool> tools(SplittableRandom rng, Domain domain, int size) {
        double s = rng.nextDouble();
        Names.Style style = s < 0.60 ? Names.Style.SNAKE : s < 0.85 ? Names.Style.CAMEL
                : s < 0.93 ? Names.Style.DOTTED : Names.Style.KEBAB;
        Names.Style propStyle = style == Names.Style.CAMEL
                ? (rng.nextDouble() < 0.8 ? Names.Style.CAMEL : Names.Style.SNAKE)
                : (rng.nextDouble() < 0.85 ? Names.Style.SNAKE : Names.Style.CAMEL);
        boolean zod = rng.nextDouble() < 0.25;
        boolean titles = rng.nextDouble() < 0.5;
        boolean annotations = rng.nextDouble() < 0.35;
        double v = rng.nextDouble();
        int verbosity = v < 0.30 ? 0 : v < 0.84 ? 1 : 2;

        List<McpSchema.Tool> tools = new ArrayList<>(size);
        Set<String> names = new HashSet<>();
        for (int[] combo : combos(rng, domain, size)) {
            if (tools.size() == size) {
                break;
            }
            String verb = domain.verbs().get(combo[0]);
            String noun = domain.nouns().get(combo[1]);
            String qualifier = combo[2] < 0 ? null : domain.terms().get(combo[2]);
            String named = verb.equals("list") || verb.equals("search") ? Names.plural(noun) : noun;
            String name = Names.tool(verb, named, qualifier, style);
            if (!names.add(name)) {
                continue;
            }
            SchemaBuilder.Built schema = new SchemaBuilder(rng, domain, noun, verb, propStyle, zod, verbosity).build();
            String description = ToolProse.description(rng, domain, verb, noun, qualifier, schema.propertyNames());
            String title = titles ? ToolProse.title(verb, noun, qualifier) : null;
            McpSchema.ToolAnnotations hints = annotations ? new McpSchema.ToolAnnotations(null,
                    READ_VERBS.contains(verb), DESTRUCTIVE_VERBS.contains(verb) ? Boolean.TRUE : null,
                    READ_VERBS.contains(verb) ? Boolean.TRUE : null,
                    domain.id().equals("websearch") || domain.id().equals("browser") ? Boolean.TRUE : null, null)
                    : null;
            tools.add(McpSchema.Tool.builder(name, schema.schema()).title(title).description(description)
                    .annotations(hints).build());
        }
        if (tools.size() != size) {
            throw new IllegalStateException("generated " + tools.size() + " distinct names for a server of "
                    + size + " in domain " + domain.id());
        }
        return tools;
    }

    /**
     * Orders distinct (verb, noun, qualifier) index triples for a server of {@code size} tools. Servers lean on their
     * main nouns (earlier in the list), as real servers do; qualified combinations such as
     * {@code list_issues_by_milestone} appear only once plain ones run out.
     */
    private static List<int[]> combos(SplittableRandom rng, Domain domain, int size) {
        int verbs = domain.verbs().size();
        int nouns = domain.nouns().size();
        int plain = verbs * nouns;
        int total = size <= plain ? plain : plain * (1 + domain.terms().size());
        double[] keys = new double[total];
        Integer[] boxed = new Integer[total];
        for (int i = 0; i < total; i++) {
            int noun = (i % plain) % nouns;
            double weight = (1.0 / (1.0 + 0.35 * noun)) * (i < plain ? 1.0 : 0.001);
            // Efraimidis-Spirakis weighted sampling without replacement: largest keys win.
            keys[i] = StrictMath.log(1.0 - rng.nextDouble()) / weight;
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> {
            int c = Double.compare(keys[b], keys[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        List<int[]> picked = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            int c = boxed[i];
            int within = c % plain;
            int qualifier = c < plain ? -1 : c / plain - 1;
            picked.add(new int[] {within / nouns, within % nouns, qualifier});
        }
        return picked;
    }
}

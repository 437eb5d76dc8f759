package io.mcpbench.core.gateway;

/**
 * The gateway's own settings.
 *
 * @param pageSize how many tools one {@code tools/list} page holds
 */
public record GatewayConfig(int pageSize) {

    /** The page size when none is given: large enough that small catalogs fit one page. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    public GatewayConfig {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + pageSize);
        }
    }

    /** The default settings. */
    public static GatewayConfig defaults() {
        return new GatewayConfig(DEFAULT_PAGE_SIZE);
    }

    /** These settings with another page size. */
    public GatewayConfig withPageSize(int size) {
        return new GatewayConfig(size);
    }
}

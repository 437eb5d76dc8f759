package io.mcpbench.bench.validation;

/**
 * The two schema sizes validation is measured at, as bands of minified {@code inputSchema} bytes
 * taken from public MCP servers: the median tool (about 560 B, five flat properties with an enum
 * and a minimum) and the large tail (p90 to max, 1.4 to 7 KB, nested objects and arrays).
 */
public enum SchemaSize {
    /** Tools whose schema is nearest the median size. */
    MEDIAN(560, 400, 720),
    /** Tools spread over the p90-to-max band. */
    LARGE(1400, 1400, 7 * 1024);

    private final int target;
    private final int minBytes;
    private final int maxBytes;

    SchemaSize(int target, int minBytes, int maxBytes) {
        this.target = target;
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
    }

    /** The size the band is centred on (the median), or starts at (the tail), in minified bytes. */
    public int target() {
        return target;
    }

    /** Whether a schema of {@code bytes} minified bytes belongs to this band. */
    public boolean contains(int bytes) {
        return bytes >= minBytes && bytes <= maxBytes;
    }
}

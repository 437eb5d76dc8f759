package io.mcpbench.compare.schema;

import io.mcpbench.compare.model.OneLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON document of the comparator and the version of its shape. A writer {@linkplain #stamp
 * stamps} the document with {@code "schema": "mcpbench-<name>/<version>"}; a reader asks
 * {@link #problem} before it reads on, so a document from a newer (or foreign) writer fails closed
 * with one line instead of being half understood. The schema of each version is the resource
 * {@link #resource()}, whose {@code $id} is {@link #id()}.
 *
 * <p>A version is never changed once released: any change to a document's shape, an added key
 * included, is a new version with a new schema file, and the old file stays published. The
 * documents a reader meets on disk that were written before the key existed (fingerprints,
 * history run metadata, hand-written policies) carry no {@code schema}: they are version 1.
 */
public enum DocumentSchema {

    /** The comparison report: {@code compare} and {@code gate}, {@code --format json} or {@code --report json=FILE}. */
    COMPARISON("comparison", 2),
    /** The performance plan of one run: {@code plan-check --format json}. */
    PLAN_CHECK("plan-check", 1),
    /** A history's trends and change points: {@code history show --format json}. */
    HISTORY("history", 2),
    /** A history run's metadata, {@code <run>.meta.json}, written by {@code history add}. */
    HISTORY_RUN("history-run", 1),
    /** An environment fingerprint: {@code fingerprint --out}, a baseline profile's {@code fingerprint.json}. */
    FINGERPRINT("fingerprint", 1),
    /** A policy file, written by people ({@code baselines/policy.json}). */
    POLICY("policy", 1);

    /** The key that names a document's schema, in every document. */
    public static final String KEY = "schema";
    /** Every schema's {@code $id} is this prefix, then {@code <name>-<version>.json}. */
    public static final String ID_PREFIX = "https://mcpbench.io/schema/";
    /** The folder of the schema files on the class path (and in the jar). */
    public static final String RESOURCE_FOLDER = "/io/mcpbench/compare/schema/";

    private final String name;
    private final int version;

    DocumentSchema(String name, int version) {
        this.name = name;
        this.version = version;
    }

    /** The version this build writes and reads. */
    public int version() {
        return version;
    }

    /** The value of {@link #KEY}: {@code mcpbench-<name>/<version>}. */
    public String tag() {
        return "mcpbench-" + name + "/" + version;
    }

    /** The schema's {@code $id}. */
    public String id() {
        return ID_PREFIX + fileName();
    }

    /** The schema file's name, {@code <name>-<version>.json}, the same in the jar and in {@code schema/}. */
    public String fileName() {
        return name + "-" + version + ".json";
    }

    /** The schema file's class-path resource. */
    public String resource() {
        return RESOURCE_FOLDER + fileName();
    }

    /** Puts {@code "schema": tag()} into {@code document}; called first, so the key leads the document. */
    public ObjectNode stamp(ObjectNode document) {
        document.put(KEY, tag());
        return document;
    }

    /**
     * Null when {@code document} (a JSON object) is of a version this build reads: {@link #tag()},
     * or no {@code schema} at all for a document of version 1 written before the key existed;
     * else the one-line reason, for the reader to prefix with the file's name and refuse.
     */
    public String problem(JsonNode document) {
        JsonNode v = document.get(KEY);
        if (v == null) {
            return version == 1 ? null : "no \"" + KEY + "\" (expected \"" + tag() + "\")";
        }
        if (v.isString() && v.stringValue().equals(tag())) return null;
        String shown = v.isString() ? "\"" + OneLine.of(v.stringValue()) + "\"" : OneLine.of(v.toString());
        boolean sameDocument = v.isString() && v.stringValue().startsWith("mcpbench-" + name + "/");
        return "\"" + KEY + "\" is " + shown + ", not a format this comparator reads (it reads \"" + tag() + "\""
                + (sameDocument ? "; another version of the comparator wrote it)" : ")");
    }
}

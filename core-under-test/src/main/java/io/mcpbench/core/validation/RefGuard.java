package io.mcpbench.core.validation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Refuses, when a schema is compiled, what its references would make every evaluation refuse: a
 * loop of {@code $ref}s and in-place applicators ({@code allOf}, {@code anyOf}, {@code oneOf},
 * {@code not}, {@code if}/{@code then}/{@code else}, {@code dependentSchemas}) that never steps
 * into the arguments, which would recurse until {@code maxEvaluationDepth}; a chain of them
 * {@code maxEvaluationDepth} long; and a fan-out that puts more than {@code maxEvaluationSteps}
 * subschemas on one value (each definition referring to the next one twice, forty deep, is 2^40).
 * Recursion through {@code properties}, {@code items} and the like steps into the arguments, whose
 * depth is bounded, so a recursive tree schema is fine.
 *
 * <p>Only references within the document by JSON pointer ({@code "#"}, {@code "#/$defs/a"}) are
 * followed, which is how tool schemas refer; a document with an embedded {@code $id}, which moves
 * the base of the references under it, is not analysed. Whatever this leaves out is still bounded
 * by the evaluation limits on every call. Each subschema is expanded once (memoised), and the
 * walk's own recursion stops at {@code maxEvaluationDepth}.
 */
final class RefGuard {

    private static final String[] IN_PLACE_LISTS = {"allOf", "anyOf", "oneOf"};
    private static final String[] IN_PLACE_SCHEMAS = {"not", "if", "then", "else"};
    private static final String[] IN_PLACE_MAPS = {"dependentSchemas", "dependencies"};
    private static final String[] INTO_ARGUMENTS_SCHEMAS = {"items", "additionalItems", "additionalProperties",
            "unevaluatedItems", "unevaluatedProperties", "contains", "propertyNames"};
    private static final String[] INTO_ARGUMENTS_MAPS = {"properties", "patternProperties"};
    private static final String[] INTO_ARGUMENTS_LISTS = {"prefixItems", "items"};

    private final int maxDepth;
    private final long maxSubschemas;

    RefGuard(ValidationLimits limits) {
        this.maxDepth = limits.maxEvaluationDepth();
        this.maxSubschemas = limits.maxEvaluationSteps();
    }

    /**
     * Throws if the document's references loop in place, chain too deep or fan out too far.
     * {@code refReplacesSiblings} is draft-07's rule that keywords beside {@code $ref} are ignored.
     */
    void check(JsonNode document, boolean refReplacesSiblings) {
        if (!document.isObject() || hasEmbeddedId(document, true)) {
            return;
        }
        new Walk(document, refReplacesSiblings).run();
    }

    private static boolean hasEmbeddedId(JsonNode node, boolean root) {
        if (node.isObject() && !root && node.has("$id")) {
            return true;
        }
        if (node.isContainer()) {
            for (JsonNode child : node.values()) {
                if (hasEmbeddedId(child, false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What is known of one subschema: open while it is being expanded. */
    private static final class Expansion {
        final int pathIndex;
        boolean open = true;
        long subschemas = 1;
        int height;

        Expansion(int pathIndex) {
            this.pathIndex = pathIndex;
        }
    }

    private static final Expansion LEAF = leaf();

    private static Expansion leaf() {
        Expansion leaf = new Expansion(-1);
        leaf.open = false;
        return leaf;
    }

    /** One analysis: every subschema evaluated anywhere, expanded in place from where it is reached. */
    private final class Walk {
        private final JsonNode root;
        private final boolean refReplacesSiblings;
        private final Map<JsonNode, Expansion> seen = new IdentityHashMap<>();
        private final ArrayDeque<JsonNode> intoArguments = new ArrayDeque<>();
        private final List<String> path = new ArrayList<>();

        Walk(JsonNode root, boolean refReplacesSiblings) {
            this.root = root;
            this.refReplacesSiblings = refReplacesSiblings;
        }

        void run() {
            intoArguments.add(root);
            for (JsonNode next; (next = intoArguments.poll()) != null; ) {
                expand(next, 0, "#");
            }
        }

        private Expansion expand(JsonNode node, int depth, String label) {
            if (!node.isObject()) {
                return LEAF;
            }
            Expansion known = seen.get(node);
            if (known != null && known.open) {
                throw loop(known.pathIndex, label);
            }
            if (depth + (known == null ? 0 : known.height) >= maxDepth) {
                throw new SchemaRejectedException("inputSchema chains $ref and in-place subschemas deeper than the limit of "
                        + maxDepth + " (maxEvaluationDepth) at " + label);
            }
            if (known != null) {
                return known;
            }
            Expansion expansion = new Expansion(path.size());
            seen.put(node, expansion);
            path.add(label);
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) {
                JsonNode target = resolve(ref.stringValue());
                if (target != null) {
                    add(expansion, expand(target, depth + 1, ref.stringValue()));
                }
            }
            if (ref == null || !refReplacesSiblings) {
                expandInPlace(node, depth, expansion);
                queueIntoArguments(node);
            }
            path.remove(path.size() - 1);
            expansion.open = false;
            return expansion;
        }

        private void expandInPlace(JsonNode node, int depth, Expansion expansion) {
            for (String keyword : IN_PLACE_LISTS) {
                JsonNode list = node.get(keyword);
                if (list != null && list.isArray()) {
                    for (int i = 0; i < list.size(); i++) {
                        add(expansion, expand(list.get(i), depth + 1, keyword + "/" + i));
                    }
                }
            }
            for (String keyword : IN_PLACE_SCHEMAS) {
                JsonNode schema = node.get(keyword);
                if (schema != null) {
                    add(expansion, expand(schema, depth + 1, keyword));
                }
            }
            for (String keyword : IN_PLACE_MAPS) {
                JsonNode map = node.get(keyword);
                if (map != null && map.isObject()) {
                    for (Map.Entry<String, JsonNode> entry : map.properties()) {
                        add(expansion, expand(entry.getValue(), depth + 1, keyword + "/" + entry.getKey()));
                    }
                }
            }
        }

        private void queueIntoArguments(JsonNode node) {
            for (String keyword : INTO_ARGUMENTS_SCHEMAS) {
                JsonNode schema = node.get(keyword);
                if (schema != null && schema.isObject()) {
                    intoArguments.add(schema);
                }
            }
            for (String keyword : INTO_ARGUMENTS_MAPS) {
                JsonNode map = node.get(keyword);
                if (map != null && map.isObject()) {
                    for (JsonNode schema : map.values()) {
                        intoArguments.add(schema);
                    }
                }
            }
            for (String keyword : INTO_ARGUMENTS_LISTS) {
                JsonNode list = node.get(keyword);
                if (list != null && list.isArray()) {
                    for (JsonNode schema : list.values()) {
                        intoArguments.add(schema);
                    }
                }
            }
        }

        private void add(Expansion into, Expansion child) {
            into.subschemas += child.subschemas;
            into.height = Math.max(into.height, child.height + 1);
            if (into.subschemas > maxSubschemas) {
                throw new SchemaRejectedException("inputSchema expands through $ref and in-place subschemas to more than "
                        + "the limit of " + maxSubschemas + " subschemas for one value (maxEvaluationSteps) at "
                        + path.get(path.size() - 1));
            }
        }

        private SchemaRejectedException loop(int from, String back) {
            StringBuilder loop = new StringBuilder();
            for (int i = from; i < path.size(); i++) {
                loop.append(path.get(i)).append(" -> ");
            }
            loop.append(back);
            return new SchemaRejectedException("inputSchema has a $ref loop that never steps into the arguments ("
                    + loop + "), so evaluating it would exceed the limit of " + maxDepth
                    + " nested subschemas (maxEvaluationDepth)");
        }

        /** The subschema a reference within this document points at, or null for any other reference. */
        private JsonNode resolve(String ref) {
            if (!ref.startsWith("#")) {
                return null;
            }
            String fragment = percentDecoded(ref.substring(1));
            if (fragment == null) {
                return null;
            }
            if (fragment.isEmpty()) {
                return root;
            }
            if (fragment.charAt(0) != '/') {
                return null;
            }
            try {
                JsonNode target = root.at(JsonPointer.compile(fragment));
                return target.isMissingNode() ? null : target;
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }

    /** A URI fragment with its {@code %XX} escapes decoded as UTF-8, or null if they are malformed. */
    static String percentDecoded(String fragment) {
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        StringBuilder out = new StringBuilder(fragment.length());
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(fragment.length() / 3);
        int i = 0;
        while (i < fragment.length()) {
            if (fragment.charAt(i) != '%') {
                out.append(fragment.charAt(i++));
                continue;
            }
            bytes.clear();
            while (i < fragment.length() && fragment.charAt(i) == '%') {
                int hi = i + 2 < fragment.length() ? Character.digit(fragment.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(fragment.charAt(i + 2), 16);
                if (lo < 0) {
                    return null;
                }
                bytes.put((byte) (hi << 4 | lo));
                i += 3;
            }
            bytes.flip();
            try {
                out.append(utf8.decode(bytes));
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        return out.toString();
    }
}

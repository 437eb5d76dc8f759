package io.mcpbench.compare.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a measurement depends on besides the code: hardware, OS, JDK, JVM flags and collector,
 * JMH and its fork/iteration settings, and the code's commit. Two results are comparable only
 * when every {@linkplain Field#gating() gating} field agrees; the commit and OS version are
 * recorded but never gate (they are what changes between a baseline and a candidate, or are
 * patch-level noise). Null means "not known" and never counts as a difference.
 */
public record EnvironmentFingerprint(Map<Field, String> values) {

    /** The recorded fields, in report order. */
    public enum Field {
        CPU_MODEL("cpu.model", true),
        CPU_CORES("cpu.cores", true),
        MEMORY_GIB("memory.gib", true),
        OS_NAME("os.name", true),
        OS_ARCH("os.arch", true),
        OS_VERSION("os.version", false),
        JDK_VENDOR("jdk.vendor", true),
        JDK_VERSION("jdk.version", true),
        VM_NAME("vm.name", true),
        VM_VERSION("vm.version", true),
        JVM_ARGS("jvm.args", true),
        COLLECTOR("gc", true),
        JMH_VERSION("jmh.version", true),
        FORKS("jmh.forks", true),
        WARMUP_ITERATIONS("jmh.warmupIterations", true),
        WARMUP_TIME("jmh.warmupTime", true),
        MEASUREMENT_ITERATIONS("jmh.measurementIterations", true),
        MEASUREMENT_TIME("jmh.measurementTime", true),
        GIT_COMMIT("git.commit", false);

        private final String key;
        private final boolean gating;

        Field(String key, boolean gating) {
            this.key = key;
            this.gating = gating;
        }

        /** The name in the fingerprint JSON. */
        public String key() {
            return key;
        }

        /** True when a difference in this field makes two results incomparable. */
        public boolean gating() {
            return gating;
        }

        /** The field named {@code key} in JSON, or null. */
        public static Field byKey(String key) {
            for (Field f : values()) {
                if (f.key.equals(key)) return f;
            }
            return null;
        }
    }

    /** One field whose values differ. */
    public record Difference(Field field, String baseline, String candidate) {

        /** {@code jdk.version: 17.0.8 -> 21.0.2}, for one line of a report. */
        public String describe() {
            return field.key() + ": " + show(baseline) + " -> " + show(candidate);
        }

        private static String show(String v) {
            return v == null ? "(unknown)" : v;
        }
    }

    public EnvironmentFingerprint {
        Objects.requireNonNull(values, "values");
        Map<Field, String> copy = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            String v = values.get(f);
            if (v != null) copy.put(f, v);
        }
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** The value of {@code field}, or null if unknown. */
    public String get(Field field) {
        return values.get(field);
    }

    /**
     * Fields known on both sides whose values differ, in field order. With {@code gatingOnly},
     * only the fields that make results incomparable.
     */
    public List<Difference> diff(EnvironmentFingerprint candidate, boolean gatingOnly) {
        List<Difference> out = new ArrayList<>();
        for (Field f : Field.values()) {
            if (gatingOnly && !f.gating()) continue;
            String a = get(f);
            String b = candidate.get(f);
            if (a != null && b != null && !a.equals(b)) out.add(new Difference(f, a, b));
        }
        return out;
    }

    /** As a flat JSON-ready map, key to value, in field order. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<Field, String> e : values.entrySet()) m.put(e.getKey().key(), e.getValue());
        return m;
    }
}

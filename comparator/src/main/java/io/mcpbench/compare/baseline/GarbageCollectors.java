package io.mcpbench.compare.baseline;

import java.util.List;

/**
 * Which garbage collector a JVM ran with. JMH records the JVM arguments but not the collector,
 * so it is read from the last {@code -XX:+Use...GC} flag, or else derived with HotSpot's default
 * rule: on a server-class machine (at least 2 CPUs and 1792 MB) G1 from JDK 9 on and Parallel
 * before; Serial otherwise.
 */
public final class GarbageCollectors {

    private GarbageCollectors() {
    }

    /** The collector's short name ({@code G1}, {@code Parallel}, {@code ZGC}, ...), or null if unknown. */
    public static String of(List<String> jvmArgs, String jdkVersion, Integer cores, Long memoryBytes) {
        String chosen = null;
        if (jvmArgs != null) {
            for (String a : jvmArgs) {
                String name = flag(a);
                if (name != null) chosen = name;
            }
        }
        if (chosen != null) return chosen;
        int major = majorVersion(jdkVersion);
        if (major <= 0 || cores == null || memoryBytes == null) return null;
        boolean serverClass = cores >= 2 && memoryBytes >= 1792L * 1024 * 1024;
        if (!serverClass) return "Serial";
        return major >= 9 ? "G1" : "Parallel";
    }

    private static String flag(String arg) {
        switch (arg.trim()) {
            case "-XX:+UseG1GC": return "G1";
            case "-XX:+UseParallelGC": case "-XX:+UseParallelOldGC": return "Parallel";
            case "-XX:+UseSerialGC": return "Serial";
            case "-XX:+UseConcMarkSweepGC": return "CMS";
            case "-XX:+UseZGC": return "ZGC";
            case "-XX:+UseShenandoahGC": return "Shenandoah";
            case "-XX:+UseEpsilonGC": return "Epsilon";
            default: return null;
        }
    }

    /** 8 for {@code 1.8.0_302}, 17 for {@code 17.0.8}, 16 for {@code 16-ea}; 0 if unreadable. */
    public static int majorVersion(String jdkVersion) {
        if (jdkVersion == null) return 0;
        String v = jdkVersion.trim();
        if (v.startsWith("1.")) v = v.substring(2);
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) end++;
        if (end == 0) return 0;
        try {
            return Integer.parseInt(v.substring(0, end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

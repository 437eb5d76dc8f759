package io.mcpbench.compare.baseline;

import io.mcpbench.compare.baseline.EnvironmentFingerprint.Field;
import io.mcpbench.compare.model.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Builds the fingerprint of a result: JVM, JMH and run settings from what the JMH JSON says
 * (that is the JVM that ran the benchmarks, not the comparator's), hardware and OS from the
 * host. The JDK vendor is the {@code IMPLEMENTOR} of the measured JVM's {@code release} file
 * when the JSON names that JVM and the file exists, else this JVM's vendor when it is the same
 * version, else unknown.
 */
public final class FingerprintCapture {

    private FingerprintCapture() {
    }

    /** The fingerprint of a run described by {@code run}, measured on {@code host}, at {@code gitCommit} (may be null). */
    public static EnvironmentFingerprint of(RunInfo run, Host host, String gitCommit) {
        Map<Field, String> v = new EnumMap<>(Field.class);
        v.put(Field.CPU_MODEL, host.cpuModel());
        v.put(Field.CPU_CORES, host.cores() == null ? null : host.cores().toString());
        v.put(Field.MEMORY_GIB, host.memoryBytes() == null ? null
                : Long.toString(Math.round(host.memoryBytes() / (1024.0 * 1024 * 1024))));
        v.put(Field.OS_NAME, host.osName());
        v.put(Field.OS_ARCH, host.osArch());
        v.put(Field.OS_VERSION, host.osVersion());
        v.put(Field.JDK_VENDOR, vendor(run, host));
        v.put(Field.JDK_VERSION, run.jdkVersion());
        v.put(Field.VM_NAME, run.vmName());
        v.put(Field.VM_VERSION, run.vmVersion());
        v.put(Field.JVM_ARGS, run.jvmArgs() == null ? null : String.join(" ", run.jvmArgs()));
        v.put(Field.COLLECTOR, GarbageCollectors.of(run.jvmArgs(), run.jdkVersion(), host.cores(), host.memoryBytes()));
        v.put(Field.JMH_VERSION, run.jmhVersion());
        v.put(Field.FORKS, str(run.forks()));
        v.put(Field.WARMUP_ITERATIONS, str(run.warmupIterations()));
        v.put(Field.WARMUP_TIME, run.warmupTime());
        v.put(Field.MEASUREMENT_ITERATIONS, str(run.measurementIterations()));
        v.put(Field.MEASUREMENT_TIME, run.measurementTime());
        v.put(Field.GIT_COMMIT, gitCommit);
        return new EnvironmentFingerprint(v);
    }

    private static String str(Integer i) {
        return i == null ? null : i.toString();
    }

    private static String vendor(RunInfo run, Host host) {
        if (run.jvm() != null) {
            Path bin = Path.of(run.jvm()).getParent();
            Path home = bin == null ? null : bin.getParent();
            if (home != null) {
                String implementor = releaseImplementor(home.resolve("release"));
                if (implementor != null) return implementor;
            }
        }
        if (run.jdkVersion() == null || run.jdkVersion().equals(host.javaVersion())) {
            return host.javaVendor();
        }
        return null;
    }

    private static String releaseImplementor(Path release) {
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("IMPLEMENTOR=")) {
                    return line.substring("IMPLEMENTOR=".length()).replace("\"", "").trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}

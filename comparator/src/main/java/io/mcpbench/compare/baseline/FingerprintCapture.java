package io.mcpbench.compare.baseline;

import io.mcpbench.compare.baseline.EnvironmentFingerprint.Field;
import io.mcpbench.compare.model.RunInfo;
import java.util.EnumMap;
import java.util.Map;

/**
 * Builds the fingerprint of a result: JVM, JMH and run settings from what the JMH JSON says
 * (that is the JVM that ran the benchmarks, not the comparator's), hardware and OS from the
 * host. The JDK vendor is this JVM's {@code java.vendor} when the result's JDK version is this
 * JVM's version, else unknown: the JMH JSON does not record the vendor, and the {@code jvm} path
 * it does record is not followed (it comes from an untrusted file, and a FIFO or device there
 * would hang or flood the gate).
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
        return run.jdkVersion() == null || run.jdkVersion().equals(host.javaVersion()) ? host.javaVendor() : null;
    }
}

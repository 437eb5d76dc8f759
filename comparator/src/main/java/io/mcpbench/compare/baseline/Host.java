package io.mcpbench.compare.baseline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Facts about the machine the comparator runs on (taken to be the machine that ran the
 * benchmarks): CPU model and cores, memory, OS, and this JVM's vendor and version. Read from
 * {@code /proc/cpuinfo} and {@code /proc/meminfo} where they exist; null where unknown.
 */
public record Host(String cpuModel, Integer cores, Long memoryBytes, String osName, String osVersion, String osArch,
                   String javaVendor, String javaVersion) {

    /** The current machine and JVM. */
    public static Host current() {
        return read(Path.of("/proc/cpuinfo"), Path.of("/proc/meminfo"), System.getProperties(),
                Runtime.getRuntime().availableProcessors());
    }

    /** A host described by the given files and properties (tests pass their own). */
    public static Host read(Path cpuinfo, Path meminfo, Properties props, int cores) {
        String cpu = null;
        for (String line : lines(cpuinfo)) {
            if (line.startsWith("model name")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    cpu = line.substring(colon + 1).trim().replaceAll("\\s+", " ");
                    break;
                }
            }
        }
        Long memory = null;
        for (String line : lines(meminfo)) {
            if (line.startsWith("MemTotal:")) {
                String[] parts = line.substring(9).trim().split("\\s+");
                try {
                    long kb = Long.parseLong(parts[0]);
                    memory = kb * 1024;
                } catch (NumberFormatException e) {
                    memory = null;
                }
                break;
            }
        }
        return new Host(cpu, cores, memory, props.getProperty("os.name"), props.getProperty("os.version"),
                props.getProperty("os.arch"), props.getProperty("java.vendor"), props.getProperty("java.version"));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}

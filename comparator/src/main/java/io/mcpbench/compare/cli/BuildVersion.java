package io.mcpbench.compare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code --version} prints, as the build wrote it into {@code version.properties}
 * (a filtered resource beside this class), so a release never prints a stale hard-coded number.
 */
public final class BuildVersion implements IVersionProvider {

    static final String RESOURCE = "version.properties";
    static final String UNKNOWN = "unknown";

    /** The project version of this build, or {@value #UNKNOWN} when run from classes the build did not filter. */
    public static String version() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return UNKNOWN;
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"comparator " + version()};
    }
}

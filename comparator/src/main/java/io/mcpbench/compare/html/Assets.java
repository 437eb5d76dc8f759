package io.mcpbench.compare.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The static parts the report inlines, read once from the class path: its own style sheet and
 * script, and Chart.js from its WebJar ({@code org.webjars.npm:chart.js}, version pinned in the
 * build). A missing resource is a broken build, reported as such.
 */
final class Assets {

    static final String CHART_JS_POM = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private static volatile Assets loaded;

    final String css;
    final String script;
    final String chartJs;
    final String chartJsVersion;

    private Assets(String css, String script, String chartJs, String chartJsVersion) {
        this.css = css;
        this.script = script;
        this.chartJs = chartJs;
        this.chartJsVersion = chartJsVersion;
    }

    /** The assets, loaded on first use. */
    static Assets get() {
        Assets a = loaded;
        if (a == null) {
            synchronized (Assets.class) {
                a = loaded;
                if (a == null) {
                    a = load();
                    loaded = a;
                }
            }
        }
        return a;
    }

    private static Assets load() {
        String version = chartJsVersion();
        String chart = read("/META-INF/resources/webjars/chart.js/" + version + "/dist/chart.umd.min.js");
        return new Assets(read("report.css"), read("report.js"), withoutSourceMap(chart), version);
    }

    private static String chartJsVersion() {
        Properties p = new Properties();
        try (InputStream in = Assets.class.getResourceAsStream(CHART_JS_POM)) {
            if (in == null) {
                throw new IllegalStateException("Chart.js WebJar not on the class path (" + CHART_JS_POM + ")");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CHART_JS_POM + ": " + e.getMessage(), e);
        }
        String v = p.getProperty("version");
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(CHART_JS_POM + " names no version");
        }
        return v.trim();
    }

    /** The source map is not inlined, so its reference would only make a browser look for a file. */
    private static String withoutSourceMap(String js) {
        int at = js.lastIndexOf("//# sourceMappingURL=");
        return at < 0 ? js : js.substring(0, at);
    }

    private static String read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("report resource missing from the class path: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report resource " + name + ": " + e.getMessage(), e);
        }
    }
}

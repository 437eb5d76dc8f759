package io.mcpbench.compare.cli;

import io.mcpbench.compare.baseline.AtomicFiles;
import io.mcpbench.compare.report.Report;
import io.mcpbench.compare.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Where reports go: one format on standard output (or in {@code --out}), plus any number of
 * {@code --report FORMAT=FILE} files, e.g. {@code --report md=summary.md --report junit=TEST-bench.xml}.
 */
public final class ReportOptions {

    /** When the console table may use colour. */
    public enum ColorMode { AUTO, ALWAYS, NEVER }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console", converter = FormatConverter.class,
            description = "Format on standard output (or in --out): console, markdown (md), json, junit, csv. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the --format report to FILE instead of standard output.")
    Path out;

    @Option(names = "--report", paramLabel = "FORMAT=FILE",
            description = "Also write a report in FORMAT to FILE; repeatable (e.g. --report md=summary.md --report junit=TEST-bench.xml --report json=report.json --report csv=rows.csv).")
    List<String> reports = new ArrayList<>();

    @Option(names = "--all-metrics",
            description = "Show ungated secondary metrics (GC churn, counts, times) in the console table too; files always hold every row.")
    boolean allMetrics;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the console verdicts: auto (a terminal without NO_COLOR), always, never. Default: ${DEFAULT-VALUE}.")
    String color;

    /** Writes every requested report. */
    void emit(Report report) {
        List<Target> targets = new ArrayList<>();
        for (String r : reports) {
            int eq = r.indexOf('=');
            if (eq <= 0 || eq == r.length() - 1) {
                throw new ParameterException(spec.commandLine(), "--report: expected FORMAT=FILE, got \"" + r + "\"");
            }
            ReportFormat f;
            try {
                f = ReportFormat.byName(r.substring(0, eq));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--report: " + e.getMessage());
            }
            targets.add(new Target(f, Path.of(r.substring(eq + 1))));
        }
        ColorMode mode = colorMode();
        boolean tty = System.console() != null && System.getenv("NO_COLOR") == null;
        boolean colour = mode == ColorMode.ALWAYS || (mode == ColorMode.AUTO && tty && out == null);
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            write(format, colour, allMetrics, report, w);
            w.flush();
        } else {
            targets.add(0, new Target(format, out));
        }
        for (Target t : targets) {
            StringBuilder sb = new StringBuilder();
            write(t.format(), false, true, report, sb);
            try {
                AtomicFiles.write(t.file(), sb.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(t.file() + ": cannot write the report: " + e.getMessage(), e);
            }
        }
    }

    private ColorMode colorMode() {
        try {
            return ColorMode.valueOf(color.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--color: use auto, always or never, not \"" + color + "\"");
        }
    }

    private static void write(ReportFormat f, boolean colour, boolean allMetrics, Report report, Appendable out) {
        try {
            f.writer(colour, allMetrics).write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Target(ReportFormat format, Path file) {
    }

    /** Converts a format name for picocli. */
    public static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.byName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}

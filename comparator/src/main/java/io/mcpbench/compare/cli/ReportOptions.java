package io.mcpbench.compare.cli;

import io.mcpbench.compare.baseline.AtomicFiles;
import io.mcpbench.compare.markdown.Markdown;
import io.mcpbench.compare.report.MarkdownReport;
import io.mcpbench.compare.report.Report;
import io.mcpbench.compare.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            description = "Colour the console verdicts: auto (a terminal, unless NO_COLOR is set and not empty), always, never. Default: ${DEFAULT-VALUE}.")
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
        boolean tty = System.console() != null && !noColor(((ComparatorCli) spec.root().userObject()).env);
        boolean colour = mode == ColorMode.ALWAYS || (mode == ColorMode.AUTO && tty && out == null);
        if (out != null) targets.add(0, new Target(format, out));
        String whereAll = whereAll(targets);
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            write(format, colour, allMetrics, whereAll, report, w);
            w.flush();
        }
        for (Target t : targets) {
            StringBuilder sb = new StringBuilder();
            write(t.format(), false, true, whereAll, report, sb);
            try {
                AtomicFiles.write(t.file(), utf8(sb.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(t.file() + ": cannot write the report: " + e.getMessage(), e);
            }
        }
    }

    /** UTF-8 of {@code text}, with an unpaired surrogate (which has no UTF-8 form) as U+FFFD rather than "?". */
    static byte[] utf8(String text) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith("\uFFFD".getBytes(StandardCharsets.UTF_8))
                    .encode(CharBuffer.wrap(text));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 with replacement cannot fail", e);
        }
    }

    /**
     * True when {@code NO_COLOR} asks for no colour: set to a non-empty value, as no-color.org
     * defines it (an empty {@code NO_COLOR=} does not count).
     */
    static boolean noColor(Map<String, String> env) {
        String v = env.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }

    /** Where a cut Markdown page sends the reader: the report files written alongside that hold every row. */
    private static String whereAll(List<Target> targets) {
        StringBuilder files = new StringBuilder();
        for (Target t : targets) {
            if (!t.format().holdsEveryRow()) continue;
            files.append(files.length() == 0 ? "" : ", ").append(Markdown.code(t.file().toString()));
        }
        return files.length() == 0 ? MarkdownReport.EVERY_ROW : "Every row is in " + files + ".";
    }

    private ColorMode colorMode() {
        try {
            return ColorMode.valueOf(color.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--color: use auto, always or never, not \"" + color + "\"");
        }
    }

    private static void write(ReportFormat f, boolean colour, boolean allMetrics, String whereAll, Report report, Appendable out) {
        try {
            f.writer(colour, allMetrics, whereAll).write(report, out);
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

package io.mcpbench.compare.report;

import java.util.Locale;

/** The report formats, by the names the command line uses. */
public enum ReportFormat {
    CONSOLE, MARKDOWN, JSON, JUNIT, CSV;

    /** The writer for this format; colour applies to the console only. */
    public ReportWriter writer(boolean colour) {
        return writer(colour, false, MarkdownReport.EVERY_ROW);
    }

    /**
     * The writer for this format; colour and {@code allMetrics} (show ungated secondary metrics
     * too) apply to the console only: files always hold every row. {@code whereAll} (Markdown)
     * tells a Markdown page that had to be cut where every row is.
     */
    public ReportWriter writer(boolean colour, boolean allMetrics, String whereAll) {
        switch (this) {
            case CONSOLE: return new ConsoleReport(colour, allMetrics);
            case MARKDOWN: return new MarkdownReport(whereAll);
            case JSON: return new JsonReport();
            case JUNIT: return new JUnitReport();
            default: return new CsvReport();
        }
    }

    /** True for the formats that hold every row in full: json, junit and csv. */
    public boolean holdsEveryRow() {
        return this == JSON || this == JUNIT || this == CSV;
    }

    /** The format named {@code name} ({@code console}, {@code markdown} or {@code md}, {@code json}, {@code junit} or {@code xml}, {@code csv}). */
    public static ReportFormat byName(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "console": case "text": return CONSOLE;
            case "markdown": case "md": return MARKDOWN;
            case "json": return JSON;
            case "junit": case "xml": return JUNIT;
            case "csv": return CSV;
            default:
                throw new IllegalArgumentException("unknown report format \"" + name + "\" (use console, markdown, json, junit or csv)");
        }
    }
}

package io.mcpbench.compare.history;

import io.mcpbench.compare.baseline.AtomicFiles;
import io.mcpbench.compare.input.InputFiles;
import io.mcpbench.compare.input.StrictJson;
import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.OneLine;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.schema.DocumentSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A directory of runs (by default {@code results/history/}): per run, the JMH JSON file as JMH
 * wrote it, {@code <run>.json}, and a sidecar {@code <run>.meta.json} holding
 * {@code {"schema": "mcpbench-history-run/1", "runId": ..., "time": "<ISO-8601 instant>", "commit": ... or null}}
 * ({@link DocumentSchema#HISTORY_RUN}; a sidecar without {@code schema} was written before the
 * key existed and is read as version 1).
 *
 * <p>A run without a sidecar is still read: a name of the form {@code <yyyyMMdd'T'HHmmss'Z'>-<commit>.json}
 * (commit: 7 to 40 hex digits) or {@code <yyyyMMdd'T'HHmmss'Z'>.json} gives its time and commit,
 * else the file's modification time is used and the commit is unknown. Files that cannot be read
 * (bad JSON, a duplicate key, not JMH, a sidecar with an unknown key) are skipped with one line
 * each in {@link History#skipped()}; nothing is dropped silently. A sidecar of a version this
 * build does not read fails the whole load instead: skipping it would leave out every run a
 * newer comparator wrote, and the trends would rest on the older runs alone.
 *
 * <p>{@link #append} stores the bytes it was given and parsed (never a second read of the source)
 * and writes both files through {@link AtomicFiles}, sidecar first, so a reader never sees a
 * half-written run. Writers appending to one directory at once must use distinct run ids.
 */
public final class HistoryStore {

    /** Where runs accumulate unless told otherwise. */
    public static final Path DEFAULT_DIRECTORY = Path.of("results", "history");

    private static final String META_SUFFIX = ".meta.json";
    private static final String JSON_SUFFIX = ".json";
    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAMED = Pattern.compile("(\\d{8}T\\d{6}Z)(?:-([0-9a-fA-F]{7,40}))?");
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> META_KEYS = Set.of(DocumentSchema.KEY, "runId", "time", "commit");

    private HistoryStore() {
    }

    /**
     * Every readable run of {@code dir}, oldest first (ties by run id), and a line per file skipped.
     *
     * @throws BadInputException when {@code dir} is not a readable directory
     */
    public static History load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": not a history directory");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.endsWith(JSON_SUFFIX) && !name.endsWith(META_SUFFIX) && !name.startsWith(".")
                        && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot list history directory: " + e.getMessage());
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<HistoryRun> runs = new ArrayList<>(files.size());
        List<String> skipped = new ArrayList<>();
        for (Path file : files) {
            try {
                runs.add(read(file));
            } catch (UnreadableVersion e) {
                throw new BadInputException(dir + ": " + e.getMessage());
            } catch (BadInputException e) {
                skipped.add("skipped run " + e.getMessage());
            }
        }
        runs.sort(Comparator.comparing(HistoryRun::time).thenComparing(HistoryRun::id));
        return new History(runs, skipped);
    }

    /** As {@link #append(Path, String, byte[], Instant, String)} with the result read once from {@code source} (named by its file name). */
    public static HistoryRun append(Path dir, Path source, Instant time, String commit) {
        return append(dir, name(source), InputFiles.read(source, InputFiles.MAX_RESULT_BYTES, BadInputException::new), time, commit);
    }

    /** As {@link #append(Path, String, byte[], String, Instant, String)} with the result read once from {@code source}. */
    public static HistoryRun append(Path dir, Path source, String runId, Instant time, String commit) {
        return append(dir, name(source), InputFiles.read(source, InputFiles.MAX_RESULT_BYTES, BadInputException::new),
                runId, time, commit);
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * Stores the JMH result {@code result} (a file's bytes, read once; {@code source} names it) in
     * {@code dir} as a new run taken at {@code time} on {@code commit} (null when unknown), with the
     * id {@code <yyyyMMdd'T'HHmmss'Z'>[-<commit, 12 digits at most>]}. The bytes are parsed first,
     * so a broken result is refused rather than stored, and the bytes parsed are the bytes stored.
     *
     * @throws BadInputException when the result is not a readable JMH result, the run exists
     *         already, or the files cannot be written
     */
    public static HistoryRun append(Path dir, String source, byte[] result, Instant time, String commit) {
        String id = NAME_TIME.format(time);
        if (commit != null && !commit.isBlank()) {
            String c = commit.strip();
            id += "-" + (c.length() > 12 ? c.substring(0, 12) : c);
        }
        return append(dir, source, result, id, time, commit);
    }

    /** As {@link #append(Path, String, byte[], Instant, String)} with an explicit run id ({@code [A-Za-z0-9][A-Za-z0-9._-]*}). */
    public static HistoryRun append(Path dir, String source, byte[] result, String runId, Instant time, String commit) {
        if (runId == null || !RUN_ID.matcher(runId).matches() || runId.endsWith(".meta")) {
            throw new BadInputException("invalid run id '" + runId + "': use letters, digits, '.', '_' and '-'");
        }
        String c = commit == null || commit.isBlank() ? null : commit.strip();
        ResultFile parsed = JmhResultReader.parse(source, result);
        Path json = dir.resolve(runId + JSON_SUFFIX);
        Path meta = dir.resolve(runId + META_SUFFIX);
        try {
            Files.createDirectories(dir);
            if (Files.exists(json, LinkOption.NOFOLLOW_LINKS) || Files.exists(meta, LinkOption.NOFOLLOW_LINKS)) {
                throw new BadInputException(json + ": run " + runId + " already exists in the history");
            }
            ObjectNode node = DocumentSchema.HISTORY_RUN.stamp(MAPPER.createObjectNode());
            node.put("runId", runId);
            node.put("time", time.toString());
            if (c == null) {
                node.putNull("commit");
            } else {
                node.put("commit", c);
            }
            AtomicFiles.write(meta, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(json, result);
        } catch (IOException e) {
            throw new BadInputException(json + ": cannot store run: " + e.getMessage());
        }
        return new HistoryRun(runId, time, c, parsed);
    }

    private static HistoryRun read(Path file) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.length() - JSON_SUFFIX.length());
        Path metaFile = file.resolveSibling(base + META_SUFFIX);
        String id = base;
        Instant time;
        String commit = null;
        if (Files.exists(metaFile)) {
            JsonNode meta;
            try {
                meta = StrictJson.read(InputFiles.read(metaFile, InputFiles.MAX_SMALL_BYTES, BadInputException::new));
            } catch (JacksonException e) {
                throw new BadInputException(name + ": unreadable metadata " + metaFile.getFileName() + ": "
                        + OneLine.of(StrictJson.describe(e)));
            } catch (BadInputException e) {
                throw new BadInputException(name + ": unreadable metadata " + e.getMessage());
            }
            if (!meta.isObject()) {
                throw new BadInputException(name + ": metadata " + metaFile.getFileName() + " is not a JSON object");
            }
            String version = DocumentSchema.HISTORY_RUN.problem(meta);
            if (version != null) {
                throw new UnreadableVersion("run " + base + ": metadata " + metaFile.getFileName() + ": " + version);
            }
            String unknown = StrictJson.unknownKey(meta, META_KEYS);
            if (unknown != null) {
                throw new BadInputException(name + ": metadata " + metaFile.getFileName() + ": unknown key \""
                        + OneLine.of(unknown) + "\" (expected one of " + StrictJson.names(META_KEYS) + ")");
            }
            JsonNode t = meta.get("time");
            if (t == null || !t.isString()) {
                throw new BadInputException(name + ": metadata " + metaFile.getFileName() + " has no \"time\"");
            }
            try {
                time = Instant.parse(t.stringValue());
            } catch (DateTimeParseException e) {
                throw new BadInputException(name + ": metadata " + metaFile.getFileName() + ": \"time\" is not an"
                        + " ISO-8601 instant: " + t.stringValue());
            }
            JsonNode r = meta.get("runId");
            if (r != null && r.isString() && !r.stringValue().isBlank()) {
                id = r.stringValue();
            }
            JsonNode c = meta.get("commit");
            if (c != null && c.isString() && !c.stringValue().isBlank()) {
                commit = c.stringValue();
            }
        } else {
            Matcher m = NAMED.matcher(base);
            Instant named = m.matches() ? nameTime(m.group(1)) : null;
            if (named != null) {
                time = named;
                commit = m.group(2);
            } else {
                try {
                    time = Files.getLastModifiedTime(file).toInstant();
                } catch (IOException e) {
                    throw new BadInputException(name + ": cannot read modification time: " + e.getMessage());
                }
            }
        }
        ResultFile result = JmhResultReader.read(file);
        return new HistoryRun(id, time, commit, result);
    }

    /** A sidecar of a version this build does not read: fails the load, never skipped. */
    private static final class UnreadableVersion extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnreadableVersion(String oneLineMessage) {
            super(oneLineMessage, null, false, false);
        }
    }

    private static Instant nameTime(String text) {
        try {
            return NAME_TIME.parse(text, Instant::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

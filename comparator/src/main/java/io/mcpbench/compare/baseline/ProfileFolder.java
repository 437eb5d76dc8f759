package io.mcpbench.compare.baseline;

import io.mcpbench.compare.input.InputFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One profile folder, whose result and fingerprint are replaced together or not at all:
 *
 * <pre>
 * generations/&lt;id&gt;/result.json, fingerprint.json   written in full, forced to disk, never changed after
 * current -&gt; generations/&lt;id&gt;                      the one pointer: a symbolic link, switched by an atomic rename
 * result.json -&gt; current/result.json               for tools that open the files by path
 * fingerprint.json -&gt; current/fingerprint.json
 * .lock                                            held exclusively by a save, shared by a read
 * </pre>
 *
 * A save writes a new generation, then renames a new {@code current} link over the old one: the
 * rename is the commit. Killed at any point before it, the old pair stands; after it, the new one.
 * What a killed save leaves (a partial generation, a temporary link) is removed by the next save,
 * as are generations no longer current. A read resolves {@code current} once and reads both files
 * of that generation under the shared lock, so it never pairs one save's result with another's
 * fingerprint. A folder of the earlier layout (plain {@code result.json} and {@code fingerprint.json})
 * is read as it is, and turned into a generation by its next save, in steps that each leave a
 * consistent pair.
 */
final class ProfileFolder {

    static final String RESULT = "result.json";
    static final String FINGERPRINT = "fingerprint.json";
    static final String CURRENT = "current";
    static final String GENERATIONS = "generations";

    private static final Pattern GENERATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** A pair as read: the result's bytes (and the file they came from) and the fingerprint's, or null. */
    record Pair(Path resultFile, byte[] result, Path fingerprintFile, byte[] fingerprint) {
    }

    private final Path dir;
    private final FileSteps steps;

    ProfileFolder(Path dir, FileSteps steps) {
        this.dir = dir;
        this.steps = steps;
    }

    /** The pair {@code current} points to (or of the earlier layout); {@link BaselineException} if none. */
    Pair read() {
        try (ProfileLock lock = ProfileLock.shared(dir)) {
            Path current = dir.resolve(CURRENT);
            Path from = Files.isSymbolicLink(current) ? generation(current) : dir;
            if (from == dir && Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                throw new BaselineException(current + ": not a link to a generation; remove it and save the baseline again");
            }
            Path result = from.resolve(RESULT);
            if (!Files.exists(result)) {
                throw new BaselineException((from == dir ? result : dir.resolve(RESULT))
                        + ": no such file (no baseline saved for this profile)");
            }
            byte[] resultBytes = InputFiles.read(result, InputFiles.MAX_RESULT_BYTES, BaselineException::new);
            Path fp = from.resolve(FINGERPRINT);
            byte[] fpBytes = Files.exists(fp) ? InputFiles.read(fp, InputFiles.MAX_SMALL_BYTES, BaselineException::new) : null;
            return new Pair(result, resultBytes, fp, fpBytes);
        } catch (IOException e) {
            throw new BaselineException(dir + ": cannot read the baseline: " + e);
        }
    }

    /** The generation folder {@code current} names, checked to lie in {@code generations/}. */
    private Path generation(Path current) throws IOException {
        Path target = Files.readSymbolicLink(current);
        if (target.isAbsolute() || target.getNameCount() != 2 || !target.getName(0).toString().equals(GENERATIONS)
                || !GENERATION.matcher(target.getName(1).toString()).matches()) {
            throw new BaselineException(current + ": points to \"" + target + "\", not to a folder in " + GENERATIONS + "/");
        }
        Path gen = dir.resolve(target);
        if (!Files.isDirectory(gen, LinkOption.NOFOLLOW_LINKS)) {
            throw new BaselineException(current + ": generation " + target + " is missing");
        }
        return gen;
    }

    /** Replaces the pair with {@code result} and {@code fingerprint}, under the exclusive lock. */
    void replace(byte[] result, byte[] fingerprint) throws IOException {
        Files.createDirectories(dir);
        try (ProfileLock lock = ProfileLock.exclusive(dir)) {
            removeLeftovers();
            adoptEarlierLayout();
            commit(result, fingerprint);
        }
    }

    /**
     * Writes a generation and switches {@code current} to it (the commit); on failure before the
     * switch removes the generation. Then links the files by name and removes older generations.
     */
    private void commit(byte[] result, byte[] fingerprint) throws IOException {
        Path gen = newGeneration();
        boolean switched = false;
        try {
            write(gen.resolve(RESULT), result);
            if (fingerprint != null) write(gen.resolve(FINGERPRINT), fingerprint);
            AtomicFiles.syncDirectory(gen);
            AtomicFiles.syncDirectory(gen.getParent());
            switchCurrent(gen);
            switched = true;
        } finally {
            if (!switched) {
                deleteTree(gen);
                if (!Files.exists(dir.resolve(CURRENT), LinkOption.NOFOLLOW_LINKS)) deleteIfEmpty(gen.getParent());
            }
        }
        linkByName();
        removeGenerationsBut(gen);
    }

    /**
     * Makes a folder of the earlier layout (plain result.json and fingerprint.json, no current) a
     * generation: a copy becomes current, then each plain file is replaced by a link to the same
     * bytes, so every reader sees the same pair at every step.
     */
    private void adoptEarlierLayout() throws IOException {
        Path result = dir.resolve(RESULT);
        if (Files.exists(dir.resolve(CURRENT), LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(result, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path fp = dir.resolve(FINGERPRINT);
        byte[] fpBytes = Files.isRegularFile(fp, LinkOption.NOFOLLOW_LINKS)
                ? InputFiles.read(fp, InputFiles.MAX_SMALL_BYTES, BaselineException::new) : null;
        commit(InputFiles.read(result, InputFiles.MAX_RESULT_BYTES, BaselineException::new), fpBytes);
    }

    /**
     * Links result.json and fingerprint.json to {@code current/...} (replacing plain files of the
     * earlier layout), for tools that open them by path. After the commit, so best effort: readers
     * of the pair go through {@code current}, and the next save makes a link that is missing.
     */
    private void linkByName() {
        for (String name : new String[] {RESULT, FINGERPRINT}) {
            Path link = dir.resolve(name);
            Path target = Path.of(CURRENT, name);
            try {
                if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) continue;
                Path tmp = temporaryLink(name, target);
                try {
                    FileSteps.REAL.replace(tmp, link);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException | UnsupportedOperationException e) {
                // made by the next save
            }
        }
        AtomicFiles.syncDirectory(dir);
    }

    /** The commit: renames a new link to {@code gen} over {@code current}. */
    private void switchCurrent(Path gen) throws IOException {
        Path tmp = temporaryLink(CURRENT, dir.relativize(gen));
        try {
            steps.replace(tmp, dir.resolve(CURRENT));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        AtomicFiles.syncDirectory(dir);
    }

    /** A new link {@code .<name>.<random>.tmp -> target} in the folder. */
    private Path temporaryLink(String name, Path target) throws IOException {
        while (true) {
            Path tmp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createSymbolicLink(tmp, target);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    private Path newGeneration() throws IOException {
        Path parent = Files.createDirectories(dir.resolve(GENERATIONS));
        String stamp = STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
        while (true) {
            Path gen = parent.resolve(stamp + "-" + String.format("%08x", ThreadLocalRandom.current().nextInt()));
            try {
                return Files.createDirectory(gen);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    private void write(Path file, byte[] bytes) throws IOException {
        steps.writeDurably(Files.createFile(file), bytes);
    }

    /** Removes what killed saves left: temporary files and links ({@code .*.tmp}) and generations not current. */
    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : entries) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // not one of ours (a folder?): leave it
                }
            }
        }
        Path current = dir.resolve(CURRENT);
        removeGenerationsBut(Files.isSymbolicLink(current) ? generation(current) : null);
    }

    /** Deletes every generation but {@code keep} (null: all); a generation that cannot be deleted waits for the next save. */
    private void removeGenerationsBut(Path keep) {
        Path parent = dir.resolve(GENERATIONS);
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) return;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path gen : entries) {
                if (keep == null || !gen.getFileName().equals(keep.getFileName())) deleteTree(gen);
            }
        } catch (IOException e) {
            // left for the next save
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // not empty: leave it
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException | RuntimeException e) {
            // left for the next save
        }
    }
}

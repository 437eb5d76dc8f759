package io.mcpbench.compare.baseline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baselines folder: one folder per hardware profile, {@code <root>/<profile>/result.json}
 * (the JMH JSON as written, byte for byte) and {@code fingerprint.json} (the environment it was
 * measured in). A save validates the new result fully before anything is written, then replaces
 * each file atomically (fingerprint first, result last), so a failed or malformed save leaves the
 * previous baseline intact and a reader never sees a truncated file.
 */
public final class BaselineStore {

    /** The result file's name in a profile folder. */
    public static final String RESULT = "result.json";
    /** The fingerprint file's name in a profile folder. */
    public static final String FINGERPRINT = "fingerprint.json";

    private static final Pattern PROFILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** Checks that a file is a complete, readable result; throws with a one-line message if not. */
    @FunctionalInterface
    public interface ResultValidator {
        void validate(Path result);
    }

    /** A stored baseline: its result file and its fingerprint (null if the profile has none). */
    public record Stored(String profile, Path result, EnvironmentFingerprint fingerprint) {
    }

    private final Path root;
    private final FileSteps steps;

    public BaselineStore(Path root) {
        this(root, FileSteps.REAL);
    }

    BaselineStore(Path root, FileSteps steps) {
        this.root = root;
        this.steps = steps;
    }

    /** The folder of {@code profile}; the name must be a plain file name. */
    public Path profileDir(String profile) {
        if (profile == null || !PROFILE.matcher(profile).matches()) {
            throw new BaselineException("profile \"" + profile + "\": use letters, digits, '.', '_' and '-' only, starting with a letter or digit");
        }
        return root.resolve(profile);
    }

    /**
     * Stores {@code result} as the baseline of {@code profile} with {@code fingerprint}. The result
     * is validated by {@code validator} and must be a non-empty JSON array; nothing is written if not.
     */
    public Stored save(String profile, Path result, EnvironmentFingerprint fingerprint, ResultValidator validator) {
        Path dir = profileDir(profile);
        validator.validate(result);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(result);
        } catch (NoSuchFileException e) {
            throw new BaselineException(result + ": no such file");
        } catch (IOException e) {
            throw new BaselineException(result + ": cannot read: " + e.getMessage());
        }
        requireResultArray(result, bytes);
        Path fp = dir.resolve(FINGERPRINT);
        byte[] previousFingerprint;
        try {
            previousFingerprint = Files.isRegularFile(fp) ? Files.readAllBytes(fp) : null;
            AtomicFiles.write(fp, FingerprintJson.write(fingerprint), steps);
        } catch (IOException e) {
            throw new BaselineException(dir + ": cannot write the baseline: " + e);
        }
        try {
            AtomicFiles.write(dir.resolve(RESULT), bytes, steps);
        } catch (IOException e) {
            String restore = restoreFingerprint(fp, previousFingerprint);
            throw new BaselineException(dir + ": cannot write the baseline: " + e
                    + (restore == null ? "" : "; and cannot restore " + FINGERPRINT + ": " + restore));
        }
        return new Stored(profile, dir.resolve(RESULT), fingerprint);
    }

    /**
     * Puts back the fingerprint a failed save replaced, so it still describes the result beside it;
     * returns why that failed, or null.
     */
    private String restoreFingerprint(Path fp, byte[] previous) {
        try {
            if (previous != null) {
                AtomicFiles.write(fp, previous, steps);
            } else {
                Files.deleteIfExists(fp);
            }
            return null;
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The baseline of {@code profile}; {@link BaselineException} if it has no result. */
    public Stored load(String profile) {
        Path dir = profileDir(profile);
        return loadDir(profile, dir);
    }

    /** The baseline in a profile folder {@code dir} (result required, fingerprint optional). */
    public static Stored loadDir(String profile, Path dir) {
        Path result = dir.resolve(RESULT);
        if (!Files.isRegularFile(result)) {
            throw new BaselineException(result + ": no such file (no baseline saved for this profile)");
        }
        Path fp = dir.resolve(FINGERPRINT);
        return new Stored(profile, result, Files.isRegularFile(fp) ? FingerprintJson.read(fp) : null);
    }

    /** Profiles with a saved result, sorted. */
    public List<String> profiles() {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (Stream<Path> s = Files.list(root)) {
            s.filter(p -> Files.isRegularFile(p.resolve(RESULT))).forEach(p -> out.add(p.getFileName().toString()));
        } catch (IOException e) {
            throw new BaselineException(root + ": cannot list: " + e.getMessage());
        }
        out.sort(null);
        return out;
    }

    private static void requireResultArray(Path source, byte[] bytes) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(bytes);
        } catch (JacksonException e) {
            throw new BaselineException(source + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) throw new BaselineException(source + ": empty file");
        if (!root.isArray() || root.isEmpty()) throw new BaselineException(source + ": not a JMH result (expected a non-empty JSON array)");
    }
}

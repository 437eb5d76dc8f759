package io.mcpbench.compare.baseline;

import io.mcpbench.compare.input.StrictJson;
import io.mcpbench.compare.model.OneLine;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The baselines folder: one folder per hardware profile, holding a result (the JMH JSON as
 * written, byte for byte) and the fingerprint of the environment it was measured in, as one
 * pair. A save takes the bytes already read and validated, and replaces the pair in one locked
 * transaction ({@link ProfileFolder}: a new generation, then one atomic switch), so a failed,
 * killed or concurrent save never leaves one save's result beside another's fingerprint, and a
 * reader always gets a pair that was saved together.
 */
public final class BaselineStore {

    /** The result file's name in a profile folder. */
    public static final String RESULT = ProfileFolder.RESULT;
    /** The fingerprint file's name in a profile folder. */
    public static final String FINGERPRINT = ProfileFolder.FINGERPRINT;

    private static final Pattern PROFILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * A stored baseline: the result's bytes as read, the file they came from (a name for messages),
     * and the fingerprint saved with them (null if the profile has none).
     */
    public record Stored(String profile, Path result, byte[] resultBytes, EnvironmentFingerprint fingerprint) {
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
     * Stores {@code result} (a result file's bytes, already validated by the caller; they must
     * still be a non-empty JSON array) as the baseline of {@code profile} with {@code fingerprint}.
     * Nothing changes unless the whole pair is stored.
     */
    public Stored save(String profile, byte[] result, EnvironmentFingerprint fingerprint) {
        Path dir = profileDir(profile);
        requireResultArray(profile, result);
        try {
            new ProfileFolder(dir, steps).replace(result, FingerprintJson.write(fingerprint));
        } catch (IOException e) {
            throw new BaselineException(dir + ": cannot write the baseline: " + OneLine.of(e.toString()));
        }
        return new Stored(profile, dir.resolve(RESULT), result, fingerprint);
    }

    /** The baseline of {@code profile}; {@link BaselineException} if it has no result. */
    public Stored load(String profile) {
        return loadDir(profile, profileDir(profile));
    }

    /** The baseline in a profile folder {@code dir} (result required, fingerprint optional), read as one pair. */
    public static Stored loadDir(String profile, Path dir) {
        ProfileFolder.Pair pair = new ProfileFolder(dir, FileSteps.REAL).read();
        EnvironmentFingerprint fp = pair.fingerprint() == null ? null
                : FingerprintJson.parse(pair.fingerprintFile().toString(), pair.fingerprint());
        return new Stored(profile, pair.resultFile(), pair.result(), fp);
    }

    /** Profiles with a saved result, sorted. */
    public List<String> profiles() {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root)) {
            for (Path p : s) {
                if (PROFILE.matcher(p.getFileName().toString()).matches()
                        && (Files.isSymbolicLink(p.resolve(ProfileFolder.CURRENT))
                        || Files.isRegularFile(p.resolve(RESULT), LinkOption.NOFOLLOW_LINKS))) {
                    out.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new BaselineException(root + ": cannot list: " + e.getMessage());
        }
        out.sort(null);
        return out;
    }

    private static void requireResultArray(String profile, byte[] bytes) {
        JsonNode root;
        try {
            root = StrictJson.read(bytes);
        } catch (JacksonException e) {
            throw new BaselineException("baseline " + profile + ": not valid JSON: " + OneLine.of(StrictJson.describe(e)));
        }
        if (root.isMissingNode()) throw new BaselineException("baseline " + profile + ": empty result");
        if (!root.isArray() || root.isEmpty()) {
            throw new BaselineException("baseline " + profile + ": not a JMH result (expected a non-empty JSON array)");
        }
    }
}

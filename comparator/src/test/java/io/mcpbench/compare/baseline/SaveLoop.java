package io.mcpbench.compare.baseline;

import io.mcpbench.compare.baseline.EnvironmentFingerprint.Field;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A process that saves baselines in a loop, for the tests that kill or race saves: save
 * {@code i} of tag {@code t} stores a result whose benchmark is {@code a.B.t_i} with a fingerprint
 * whose {@code git.commit} is {@code t_i}, so any pair read back shows whether its two halves come
 * from the same save.
 *
 * <p>Arguments: baselines folder, profile, tag, number of saves (negative: until killed).
 */
final class SaveLoop {

    private static final String PADDING = "x".repeat(32 * 1024);

    private SaveLoop() {
    }

    public static void main(String[] args) {
        BaselineStore store = new BaselineStore(Path.of(args[0]));
        int count = Integer.parseInt(args[3]);
        for (int i = 0; count < 0 || i < count; i++) {
            String token = args[2] + "_" + i;
            store.save(args[1], result(token), fingerprint(token));
        }
    }

    /** The result of save {@code token}: one entry, padded so that writing it takes a while. */
    static byte[] result(String token) {
        return ("[{\"benchmark\":\"a.B." + token + "\",\"mode\":\"avgt\",\"params\":{\"pad\":\"" + PADDING
                + "\"},\"primaryMetric\":{\"score\":1.0}}]\n").getBytes(StandardCharsets.UTF_8);
    }

    static EnvironmentFingerprint fingerprint(String token) {
        return new EnvironmentFingerprint(Map.of(Field.JDK_VERSION, "17", Field.GIT_COMMIT, token));
    }

    /** The save a stored pair's result comes from, after checking that its fingerprint comes from the same one. */
    static String tokenOfPair(BaselineStore.Stored s) {
        String text = new String(s.resultBytes(), StandardCharsets.UTF_8);
        int at = text.indexOf("a.B.");
        String token = text.substring(at + 4, text.indexOf('"', at));
        if (!text.equals(new String(result(token), StandardCharsets.UTF_8))) {
            throw new AssertionError("result of " + token + " is not whole: " + text.length() + " bytes");
        }
        String fpToken = s.fingerprint() == null ? null : s.fingerprint().get(Field.GIT_COMMIT);
        if (!token.equals(fpToken)) {
            throw new AssertionError("torn pair: result of save " + token + ", fingerprint of save " + fpToken);
        }
        return token;
    }

    /** Starts this class in a new JVM with the tests' class path. */
    static Process start(Path root, String profile, String tag, int count) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), SaveLoop.class.getName(), root.toString(), profile, tag,
                Integer.toString(count)));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}

package io.mcpbench.compare.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The commit checked out in a directory, from {@code git rev-parse HEAD}, for fingerprints. */
public final class GitCommit {

    private GitCommit() {
    }

    /** The HEAD commit of the repository containing {@code dir}, or null if git or the repository is absent. */
    public static String head(Path dir) {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 && out.matches("[0-9a-f]{40,64}") ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}

package io.mcpbench.compare.baseline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file so that readers see the old content or the new, never a truncated mix:
 * the bytes go to a temporary file in the same directory, are forced to disk, and the temporary
 * file is renamed over the target atomically. On any failure the temporary file is removed and
 * the target is left as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically, creating the parent directory if needed. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, FileSteps.REAL);
    }

    static void write(Path target, byte[] bytes, FileSteps steps) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default permissions
            }
            steps.writeDurably(tmp, bytes);
            steps.replace(tmp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        syncDirectory(dir);
    }

    /** Forces the directory entry of the rename to disk where the platform allows it. */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // some platforms cannot open or sync a directory; the rename itself is still atomic
        }
    }
}

package io.mcpbench.compare.baseline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The two steps of an atomic replace that touch data: writing the temporary file and renaming
 * it over the target. A seam so tests can make either fail part way and check that a save
 * leaves the previous baseline as it was.
 */
interface FileSteps {

    /** Writes {@code bytes} to the existing empty file {@code file} and forces them to disk. */
    void writeDurably(Path file, byte[] bytes) throws IOException;

    /** Renames {@code from} over {@code to} atomically. */
    void replace(Path from, Path to) throws IOException;

    /** The real file system. */
    FileSteps REAL = new FileSteps() {
        @Override
        public void writeDurably(Path file, byte[] bytes) throws IOException {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
        }

        @Override
        public void replace(Path from, Path to) throws IOException {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    };
}

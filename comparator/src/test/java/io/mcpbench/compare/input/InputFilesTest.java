package io.mcpbench.compare.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read, in one go and within a bound: no FIFO hangs, no device fills the heap. */
class InputFilesTest {

    @TempDir
    Path dir;

    private static String refused(Path file, long max) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(IllegalStateException.class, () -> InputFiles.read(file, max, IllegalStateException::new)))
                .getMessage();
    }

    @Test
    void aRegularFileIsReadWhole() throws Exception {
        Path f = dir.resolve("r.json");
        Files.writeString(f, "[1,2,3]");
        assertArrayEquals("[1,2,3]".getBytes(), InputFiles.read(f, 7, IllegalStateException::new));
        Path link = dir.resolve("link.json");
        Files.createSymbolicLink(link, f);
        assertArrayEquals("[1,2,3]".getBytes(), InputFiles.read(link, 7, IllegalStateException::new), "links are followed");
    }

    @Test
    void aFileOverTheBoundIsRefused() throws Exception {
        Path f = dir.resolve("big.json");
        Files.write(f, new byte[2048]);
        assertEquals(f + ": larger than 2047 bytes, the most this input may be", refused(f, 2047));
        assertEquals(2048, InputFiles.read(f, 2048, IllegalStateException::new).length);
    }

    @Test
    void devicesPipesAndFoldersAreRefusedWithoutReading() throws Exception {
        Path zero = dir.resolve("zero.json");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        assertEquals(zero + ": not a regular file (a device, pipe or socket); refused", refused(zero, InputFiles.MAX_RESULT_BYTES));
        Path fifo = dir.resolve("fifo.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertEquals(fifo + ": not a regular file (a device, pipe or socket); refused", refused(fifo, InputFiles.MAX_RESULT_BYTES));
        assertEquals(dir + ": is a directory, not a file", refused(dir, 10));
        assertEquals(dir.resolve("none") + ": no such file", refused(dir.resolve("none"), 10));
    }
}

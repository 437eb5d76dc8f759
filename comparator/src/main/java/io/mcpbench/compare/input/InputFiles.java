package io.mcpbench.compare.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Function;

/**
 * Reads an input file whole, once, so that what is validated is what is used. Only regular
 * files are read (following links): a FIFO would hang the gate and {@code /dev/zero} would fill
 * the heap, so devices, pipes, sockets and folders are refused before they are opened. A file
 * larger than the bound given is refused too, also when it grows while being read.
 */
public final class InputFiles {

    /** The largest JMH result file read: 256 MiB (far above a full suite with sample-mode histograms). */
    public static final long MAX_RESULT_BYTES = 256L << 20;
    /** The largest policy, fingerprint or history metadata file read: 1 MiB. */
    public static final long MAX_SMALL_BYTES = 1L << 20;

    private InputFiles() {
    }

    /**
     * The bytes of {@code file}. Every failure is {@code failure} applied to a one-line message
     * that starts with the file's name, so each caller keeps its own exception type.
     */
    public static byte[] read(Path file, long maxBytes, Function<String, ? extends RuntimeException> failure) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw failure.apply(file + ": no such file");
        } catch (IOException e) {
            throw failure.apply(file + ": cannot read: " + reason(e));
        }
        if (attributes.isDirectory()) {
            throw failure.apply(file + ": is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw failure.apply(file + ": not a regular file (a device, pipe or socket); refused");
        }
        if (attributes.size() > maxBytes) {
            throw failure.apply(file + ": " + tooLarge(maxBytes));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
        } catch (IOException e) {
            throw failure.apply(file + ": cannot read: " + reason(e));
        }
        if (bytes.length > maxBytes) {
            throw failure.apply(file + ": " + tooLarge(maxBytes));
        }
        return bytes;
    }

    private static String tooLarge(long maxBytes) {
        return maxBytes >= 1L << 20 && maxBytes % (1L << 20) == 0
                ? "larger than " + (maxBytes >> 20) + " MiB, the most this input may be"
                : "larger than " + maxBytes + " bytes, the most this input may be";
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}

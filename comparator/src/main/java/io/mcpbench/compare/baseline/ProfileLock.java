package io.mcpbench.compare.baseline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock of one profile folder, an OS file lock on its {@code .lock} file: a save holds it
 * exclusively for its whole transaction, so concurrent saves (from several processes) run one
 * after the other; a read holds it shared while it resolves and reads the pair, so a save never
 * deletes a generation being read. The OS drops the lock when a process dies, even by SIGKILL.
 * Within one JVM the file lock cannot be taken twice, so a plain lock per file comes first.
 */
final class ProfileLock implements AutoCloseable {

    /** The lock file's name in a profile folder. */
    static final String FILE = ".lock";

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private ProfileLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits for the folder's lock, exclusively; creates the lock file if needed. */
    static ProfileLock exclusive(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new ReentrantLock());
        local.lock();
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new ProfileLock(local, ch, ch.lock());
        } catch (IOException | RuntimeException | Error e) {
            if (ch != null) ch.close();
            local.unlock();
            throw e;
        }
    }

    /**
     * Waits for the folder's lock, shared. Where the lock file can be neither created nor opened
     * (a read-only checkout, where no save can run either) it reads without one.
     */
    static ProfileLock shared(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new ReentrantLock());
        local.lock();
        FileChannel ch = open(file);
        try {
            return new ProfileLock(local, ch, ch == null ? null : ch.lock(0, Long.MAX_VALUE, true));
        } catch (IOException | RuntimeException | Error e) {
            if (ch != null) ch.close();
            local.unlock();
            throw e;
        }
    }

    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            try {
                return FileChannel.open(file, StandardOpenOption.READ);
            } catch (IOException | UnsupportedOperationException again) {
                return null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock != null) lock.release();
        } finally {
            try {
                if (channel != null) channel.close();
            } finally {
                local.unlock();
            }
        }
    }
}

package io.mcpbench.compare.merge;

/** Result files that cannot be merged; the message is one line naming the file or benchmark. */
public final class MergeException extends RuntimeException {

    public MergeException(String message) {
        super(message, null, false, false);
    }
}

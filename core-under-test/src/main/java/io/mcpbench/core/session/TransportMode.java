package io.mcpbench.core.session;

/**
 * How an in-process transport hands a message to the other side. Handing over the object measures
 * the SDK's session machinery alone; encoding to JSON bytes and decoding on the other side adds
 * what any real wire costs, without the wire.
 */
public enum TransportMode {

    /** The {@code JSONRPCMessage} object itself crosses over. */
    OBJECTS,

    /** The message is written to UTF-8 JSON and read back, as over a socket. */
    BYTES
}

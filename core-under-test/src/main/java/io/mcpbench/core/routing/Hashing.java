package io.mcpbench.core.routing;

/** The 64-bit mixing behind rendezvous weights; the same on every JVM, so every gateway agrees. */
final class Hashing {

    private Hashing() {
    }

    /** MurmurHash3's fmix64 finaliser: every input bit affects every output bit. */
    static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** FNV-1a over the UTF-16 units, then mixed: computed once per instance id. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix64(h);
    }

    /** A session key's hash: {@link String#hashCode()} is cached in the string, so this is cheap. */
    static long keyHash(String key) {
        return mix64(key.hashCode() * 0x9e3779b97f4a7c15L);
    }

    /** The weight of an instance for a key; the highest wins. */
    static long weight(long keyHash, long instanceHash) {
        return mix64(keyHash ^ instanceHash);
    }
}

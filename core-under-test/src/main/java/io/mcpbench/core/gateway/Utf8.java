package io.mcpbench.core.gateway;

/**
 * Whether request bytes are well-formed UTF-8 (Unicode 15, table 3-7): no overlong forms such as
 * {@code C0 AF} for {@code /}, no encoded surrogates, nothing past U+10FFFF, no stray or missing
 * continuation bytes. The JSON parser decodes some of these without complaint, and an overlong
 * form is how a filter that looks for a character is slipped past. One pass over the bytes that
 * allocates nothing (the JDK's decoders would copy the request into a char buffer); ASCII, most
 * of a request, costs one comparison a byte.
 */
final class Utf8 {

    private Utf8() {
    }

    /** True when {@code bytes} are well-formed UTF-8. */
    static boolean isWellFormed(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xff;
            if (b < 0xC2 || b > 0xF4) {
                return false; // a continuation byte first, an overlong two-byte lead (C0, C1), or beyond U+10FFFF
            }
            int length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            if (i + length > n) {
                return false;
            }
            int second = bytes[i + 1] & 0xff;
            int low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80; // E0 and F0 would be overlong below these
            int high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF; // ED: surrogates above; F4: past U+10FFFF
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }
}

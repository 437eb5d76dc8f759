package io.mcpbench.core.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code tools/list} cursor: the qualified name of the last tool of the previous page,
 * base64url-encoded behind a version tag. A name rather than an offset keeps paging right when
 * the catalog changes between pages: no tool is listed twice and the order never goes back.
 */
final class ListCursor {

    private static final String TAG = "t1:";

    private ListCursor() {
    }

    /** The cursor of the page that follows {@code lastQualifiedName}. */
    static String after(String lastQualifiedName) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TAG + lastQualifiedName).getBytes(StandardCharsets.UTF_8));
    }

    /** The qualified name a cursor continues after, or {@code null} if this is not a cursor this gateway wrote. */
    static String lastName(String cursor) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        if (!text.startsWith(TAG) || text.length() == TAG.length()) {
            return null;
        }
        return text.substring(TAG.length());
    }
}

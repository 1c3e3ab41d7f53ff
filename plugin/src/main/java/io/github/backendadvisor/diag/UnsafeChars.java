package io.github.backendadvisor.diag;

/**
 * Characters that text from a descriptor or a rule pack must not carry to a terminal, a CI log or
 * a reader: control characters, which a terminal or a CI system acts on, and the bidirectional
 * embeddings, overrides and isolates, which show a text in another order than it reads. Right-to-left
 * and left-to-right marks are text.
 */
public final class UnsafeChars {
    private UnsafeChars() {
    }

    /** A C0 or C1 control character or DEL; line breaks and tabs are controls too. */
    public static boolean control(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }

    /** U+202A to U+202E and U+2066 to U+2069. */
    public static boolean reorders(char c) {
        return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }
}

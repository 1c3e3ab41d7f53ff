package io.github.backendadvisor.diag;

/**
 * A 64-bit FNV-1a fingerprint of texts and bytes, to tell whether the inputs of a build step
 * changed since the last build. Each text is preceded by its length, so that no two sequences of
 * texts run together into the same input. It is not a cryptographic hash: nothing relies on it to
 * resist a crafted collision, only to notice an edit. (The JDK's SHA-256 costs more than 50 ms on
 * its first use in a fresh JVM, more than the work it would let a one-module build skip.)
 */
public final class Fingerprint {
    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long hash = OFFSET_BASIS;

    private void mix(int octet) {
        hash = (hash ^ (octet & 0xff)) * PRIME;
    }

    private void length(int n) {
        mix(n >>> 24);
        mix(n >>> 16);
        mix(n >>> 8);
        mix(n);
    }

    /** Adds a text, or a marker distinct from every text when it is null. */
    public Fingerprint add(String text) {
        if (text == null) {
            length(-1);
            return this;
        }
        length(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            mix(c);
            mix(c >>> 8);
        }
        return this;
    }

    /** Adds bytes. */
    public Fingerprint add(byte[] bytes) {
        length(bytes.length);
        for (byte b : bytes) {
            mix(b);
        }
        return this;
    }

    /** The fingerprint so far as 16 hexadecimal digits. */
    public String hex() {
        String digits = Long.toHexString(hash);
        return "0".repeat(16 - digits.length()) + digits;
    }
}

package io.github.backendadvisor.diag;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A 64-bit fingerprint of texts and bytes, to tell whether the inputs of a build step changed
 * since the last build. Each text or byte array enters as three numbers: its length, its Java hash
 * ({@link String#hashCode}, {@link Arrays#hashCode(byte[])}) and its CRC-32; FNV-1a 64 combines
 * them, octet by octet. An edit that keeps both 32-bit checks has odds of about one in 2^64. It is
 * not a cryptographic hash: nothing relies on it to resist a crafted collision, only to notice an
 * edit. It is cheap where a build needs it to be: the JDK's SHA-256 costs more than 50 ms on its
 * first use in a fresh JVM, and hashing the 66 KB default pack octet by octet about 10 ms, where
 * the CRC-32 is native code and a text's Java hash is usually computed already.
 */
public final class Fingerprint {
    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long hash = OFFSET_BASIS;

    private void mix(int octet) {
        hash = (hash ^ (octet & 0xff)) * PRIME;
    }

    private void int32(int n) {
        mix(n >>> 24);
        mix(n >>> 16);
        mix(n >>> 8);
        mix(n);
    }

    private Fingerprint add(int length, int javaHash, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        int32(length);
        int32(javaHash);
        int32((int) crc.getValue());
        return this;
    }

    /** Adds a text, or a marker distinct from every text when it is null. */
    public Fingerprint add(String text) {
        if (text == null) {
            int32(-1);
            return this;
        }
        return add(text.length(), text.hashCode(), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds bytes. */
    public Fingerprint add(byte[] bytes) {
        return add(bytes.length, Arrays.hashCode(bytes), bytes);
    }

    /** The fingerprint so far as 16 hexadecimal digits. */
    public String hex() {
        String digits = Long.toHexString(hash);
        return "0".repeat(16 - digits.length()) + digits;
    }
}

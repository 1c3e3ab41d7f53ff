package io.github.backendadvisor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    @Test
    void isFnv1aOverLengthJavaHashAndCrc32() {
        // the published test vectors of FNV-1a 64: no octets give the offset basis, "a" gives af63dc4c8601ec8c
        assertEquals("cbf29ce484222325", new Fingerprint().hex());
        assertEquals("af63dc4c8601ec8c", fnv('a'));
        // one byte 'a': length 1, Arrays.hashCode 31 + 97 = 128, CRC-32 e8b7be43 (its published value), each big-endian
        assertEquals(fnv(0, 0, 0, 1, 0, 0, 0, 128, 0xe8, 0xb7, 0xbe, 0x43), new Fingerprint().add(new byte[] {'a'}).hex());
        // the text "a": length 1, String.hashCode 97, the CRC-32 of its UTF-8
        assertEquals(fnv(0, 0, 0, 1, 0, 0, 0, 97, 0xe8, 0xb7, 0xbe, 0x43), new Fingerprint().add("a").hex());
    }

    private static String fnv(int... octets) {
        long h = 0xcbf29ce484222325L;
        for (int b : octets) h = (h ^ b) * 0x100000001b3L;
        String d = Long.toHexString(h);
        return "0".repeat(16 - d.length()) + d;
    }

    @Test
    void textsDoNotRunTogether() {
        assertNotEquals(new Fingerprint().add("ab").add("c").hex(), new Fingerprint().add("a").add("bc").hex());
        assertNotEquals(new Fingerprint().add((String) null).hex(), new Fingerprint().add("").hex());
        // an absent text still takes its place: (none, "x") is not ("x")
        assertNotEquals(new Fingerprint().hex(), new Fingerprint().add((String) null).hex());
        assertNotEquals(new Fingerprint().add("x").hex(), new Fingerprint().add((String) null).add("x").hex());
        assertNotEquals(new Fingerprint().add("é").hex(), new Fingerprint().add("e").hex());
    }

    @Test
    void sameInputSameFingerprintAndSixteenDigits() {
        byte[] bytes = "version: 1\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(new Fingerprint().add("x").add(bytes).hex(), new Fingerprint().add("x").add(bytes).hex());
        assertEquals(16, new Fingerprint().add("x").hex().length());
        byte[] other = bytes.clone();
        other[0] ^= 1;
        assertNotEquals(new Fingerprint().add(bytes).hex(), new Fingerprint().add(other).hex());
    }
}

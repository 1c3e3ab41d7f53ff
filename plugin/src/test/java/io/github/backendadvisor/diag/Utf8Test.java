package io.github.backendadvisor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Utf8.decode against a strict decoder: the same text for valid input, nothing for the rest. */
class Utf8Test {
    @Test
    void agreesWithTheStrictDecoderOnChosenAndRandomBytes() {
        byte[][] chosen = {
            "plain ascii: 1".getBytes(StandardCharsets.UTF_8),
            "für – 支付 😀".getBytes(StandardCharsets.UTF_8),
            "a replacement character \uFFFD is text too".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xC3, 0x28}, // a lead byte without its continuation
            {(byte) 0xFF}, // never valid
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
            {(byte) 0xC0, (byte) 0xAF}, // overlong
            {(byte) 0xE2, (byte) 0x82}, // cut short
            {},
        };
        for (byte[] b : chosen) {
            assertEquals(strict(b), Utf8.decode(b), java.util.Arrays.toString(b));
        }
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            byte[] b;
            if (i % 2 == 0) {
                b = new byte[random.nextInt(12)];
                random.nextBytes(b);
            } else { // valid text with one byte changed
                b = ("ab\u00e9\u2014\uFFFD" + i + "\uD83D\uDE00").getBytes(StandardCharsets.UTF_8);
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            assertEquals(strict(b), Utf8.decode(b), java.util.Arrays.toString(b));
        }
    }

    @Test
    void theErrorPointsAtTheFirstByteThatIsNotUtf8() {
        // "name: café" saved as Latin-1 on line 2, after a line with two- and four-byte characters
        byte[] latin1 = concat("\u00e9 \uD83D\uDE00 ok\n".getBytes(StandardCharsets.UTF_8),
                "name: caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, '\n'});
        assertEquals("d.yaml:2:10: error: file is not UTF-8 text: byte 0xE9 here is not part of a UTF-8 character;"
                + " save it as UTF-8", Utf8.malformed(latin1, "d.yaml", "file", "save it as UTF-8").format());
        // a character cut short at the end, after two supplementary characters (one column each)
        byte[] cut = concat("\uD83D\uDE00\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});
        assertEquals("d.yaml:1:3: error: file is not UTF-8 text: byte 0xE2 here is not part of a UTF-8 character;"
                + " fix", Utf8.malformed(cut, "d.yaml", "file", "fix").format());
        // wherever one changed byte breaks the text, the error is where the longest valid prefix ends
        Random random = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            byte[] b = ("a\nb\u00e9\u2014\n" + i + "\uD83D\uDE00").getBytes(StandardCharsets.UTF_8);
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            if (Utf8.decode(b).isPresent()) continue;
            int valid = b.length;
            while (strict(java.util.Arrays.copyOf(b, valid)).isEmpty()) valid--;
            String before = new String(b, 0, valid, StandardCharsets.UTF_8);
            String line = before.substring(before.lastIndexOf('\n') + 1);
            Position expected = new Position("f", (int) before.chars().filter(c -> c == '\n').count() + 1,
                    line.codePointCount(0, line.length()) + 1);
            assertEquals(expected, Utf8.malformed(b, "f", "file", "fix").position(), java.util.Arrays.toString(b));
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static Optional<String> strict(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}

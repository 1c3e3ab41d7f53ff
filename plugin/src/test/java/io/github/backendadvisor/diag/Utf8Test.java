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

    private static Optional<String> strict(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}

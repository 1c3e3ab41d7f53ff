package io.github.backendadvisor.diag;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decoding of input files: strict UTF-8, so that a broken file is an error, never replacement characters. */
public final class Utf8 {
    private Utf8() {
    }

    /** The text of {@code bytes}; empty when they are not valid UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        // The JDK's own decoding replaces each malformed sequence with U+FFFD, so a result without
        // one was valid; only text that holds U+FFFD takes the strict decoder, which tells.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) return Optional.of(lenient);
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}

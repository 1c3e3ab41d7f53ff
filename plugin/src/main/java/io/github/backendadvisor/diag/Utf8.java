package io.github.backendadvisor.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

    /**
     * The error for {@code bytes} that {@link #decode} refused: at the first byte that is not
     * UTF-8, as a line and a column counted in characters, naming that byte, and ending with
     * {@code fix}, what the user should do.
     */
    public static Diagnostic malformed(byte[] bytes, String file, String what, String fix) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            return Diagnostic.error(Position.start(file), what + " is not UTF-8 text; " + fix);
        }
        int at = in.position(); // the first byte of the sequence that does not decode
        int line = 1;
        int column = 1;
        out.flip();
        while (out.hasRemaining()) {
            char c = out.get();
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return Diagnostic.error(new Position(file, line, column), what + " is not UTF-8 text: byte 0x"
                + String.format(Locale.ROOT, "%02X", bytes[at] & 0xff) + " here is not part of a UTF-8 character; " + fix);
    }
}

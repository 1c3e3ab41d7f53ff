package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reused buffers give the bytes that encoding the text as a string gives, whatever the text. */
class ReportBuffersTest {
    private static final String[] PIECES = {"plain ascii ", "é", "—", "漢字", "😀", "\uD800", "\uDC00", "\uDBFF\uDFFF",
        "\n", "\u0000", "<&>", "\u00ff", "\u0100"};

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    private static void assertEncodes(ReportBuffers buffers, String text) {
        buffers.text().append(text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes(buffers.utf8()), text);
    }

    @Test
    void encodesAsStringGetBytesDoes() {
        ReportBuffers buffers = ReportBuffers.take();
        try {
            assertEncodes(buffers, "");
            for (String p : PIECES) assertEncodes(buffers, p);
            // a lone high surrogate at the very end, and one before a character that is not its pair
            assertEncodes(buffers, "end \uD83D");
            assertEncodes(buffers, "\uD83Dx\uDE00");
            Random r = new Random(42);
            for (int i = 0; i < 200; i++) {
                StringBuilder sb = new StringBuilder();
                int n = r.nextInt(i < 190 ? 200 : 200_000);
                while (sb.length() < n) sb.append(PIECES[r.nextInt(PIECES.length)]);
                assertEncodes(buffers, sb.toString());
            }
        } finally {
            buffers.release();
        }
    }

    @Test
    void textBeyondAsciiGrowsTheByteBufferAndTheNextTextStartsEmpty() {
        ReportBuffers buffers = ReportBuffers.take();
        try {
            assertEncodes(buffers, "a".repeat(1000));
            // three bytes a character: more than the buffer the last text left
            assertEncodes(buffers, "—".repeat(5000));
            assertEquals(0, buffers.text().length());
            assertEncodes(buffers, "short");
        } finally {
            buffers.release();
        }
    }

    @Test
    void aReleasedSetIsTakenAgain() {
        ReportBuffers first = ReportBuffers.take();
        first.release();
        ReportBuffers again = ReportBuffers.take();
        try {
            assertSame(first, again);
        } finally {
            again.release();
        }
    }
}

package io.github.backendadvisor.report;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The text and byte buffers that writing a module's reports reuses from module to module.
 *
 * <p>Each report used to be rendered into a new 32 KB builder, copied into a string and encoded
 * into new bytes: about 170 KB a module. In a reactor most of the heap is still memory the JVM has
 * never touched, and the first touch of each page is a page fault; on the virtual machine of
 * BENCHMARKS.md, 45 MB of new arrays took 100 ms in a fresh JVM and 5 ms in one whose heap was
 * touched in advance. A set of buffers is taken from a pool for one module and given back, so a
 * build with {@code -T} makes one set per thread that writes at the same time, and no set is used
 * by two threads at once.
 */
final class ReportBuffers {
    /** A set grown beyond this many characters, by a very large report, is not kept. */
    private static final int KEPT_CAPACITY = 1 << 20;
    /** Last in, first out: the set used last is the one most likely still in the processor's caches. */
    private static final ConcurrentLinkedDeque<ReportBuffers> POOL = new ConcurrentLinkedDeque<>();

    private final StringBuilder text = new StringBuilder(32 * 1024);
    // String.getBytes writes '?' for a lone surrogate; so does an encoder that replaces
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private char[] chars = new char[0];
    private byte[] bytes = new byte[0];

    private ReportBuffers() {
    }

    /** A set of buffers for this thread's use until {@link #release}. */
    static ReportBuffers take() {
        ReportBuffers b = POOL.pollFirst();
        return b != null ? b : new ReportBuffers();
    }

    /** Gives the set back; the caller uses neither it nor a buffer it returned afterwards. */
    void release() {
        if (text.capacity() <= KEPT_CAPACITY) POOL.offerFirst(this);
    }

    /** The text buffer, emptied. */
    StringBuilder text() {
        text.setLength(0);
        return text;
    }

    /**
     * The text buffer's content in UTF-8, the bytes {@code text.toString().getBytes(UTF_8)} gives,
     * in a buffer that is valid until the next call.
     */
    ByteBuffer utf8() {
        int n = text.length();
        if (chars.length < n) chars = new char[n + n / 4];
        text.getChars(0, n, chars, 0);
        if (bytes.length < n) bytes = new byte[n + n / 4];
        CharBuffer in = CharBuffer.wrap(chars, 0, n);
        while (true) {
            ByteBuffer out = ByteBuffer.wrap(bytes);
            encoder.reset();
            CoderResult result = encoder.encode(in, out, true);
            if (result.isUnderflow()) result = encoder.flush(out);
            if (result.isUnderflow()) return out.flip();
            // text beyond ASCII takes more bytes than characters: start again in a larger buffer
            bytes = new byte[bytes.length * 2];
            in.rewind();
        }
    }
}

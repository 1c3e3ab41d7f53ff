package io.github.backendadvisor.report;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes the chosen formats into a directory (each module has a directory of its own, also under -T). */
public final class ReportWriter {
    /** The file, beside the reports, that records what they were made from. */
    public static final String INPUTS_FILE = ".report-inputs";

    private ReportWriter() {
    }

    /**
     * The files of a run's reports.
     *
     * @param files the reports, in format order
     * @param upToDate whether they were kept from the last build, which had the same inputs
     */
    public record Written(List<Path> files, boolean upToDate) {
    }

    /**
     * A line the build prints with its reports. The record of the reports keeps them, so that a
     * rebuild that keeps the reports prints what the build that wrote them printed.
     *
     * @param kind {@link #DIAGNOSTIC}, {@link #INFO}, {@link #REPORT} or {@link #WARNING}
     * @param text the line; empty for {@link #REPORT}
     */
    public record Printed(String kind, String text) {
        /** A warning about the input, which a module prints once however many goals find it. */
        public static final String DIAGNOSTIC = "diagnostic";
        /** A line of the summary. */
        public static final String INFO = "info";
        /** Where the reports are: the path is the reader's, so only its place is kept. */
        public static final String REPORT = "report";
        /** A warning of the goal itself. */
        public static final String WARNING = "warning";
    }

    /**
     * Reports the last build wrote, which this one may keep.
     *
     * @param files the reports, in format order
     * @param printed what the build that wrote them printed with them
     */
    public record Kept(List<Path> files, List<Printed> printed) {
    }

    /**
     * The reports in {@code dir}, when the last build wrote them from inputs that begin with
     * {@code key} ({@link ReportInputs#key}) on a day whose waivers are those of {@code today}, and
     * left them as it wrote them; empty otherwise. This needs no evaluation: a rebuild with nothing
     * changed costs a read of {@link #INPUTS_FILE} and a look at each report's size and time.
     */
    public static Optional<Kept> kept(Path dir, String key, LocalDate today, Set<ReportFormat> formats) {
        String recorded = recorded(dir.resolve(INPUTS_FILE));
        if (recorded == null || !recorded.startsWith(key) || !recorded.startsWith(ReportInputs.EXPIRED, key.length())) {
            return Optional.empty();
        }
        int days = recorded.indexOf('\n', key.length()) + 1;
        int end = days == 0 ? -1 : recorded.indexOf('\n', days);
        if (end < 0 || !ReportInputs.within(recorded.substring(days, end), today)) return Optional.empty();
        String outputs = outputs(formats, dir);
        if (!recorded.startsWith(outputs, end + 1)) return Optional.empty();
        List<Printed> printed = printed(recorded.substring(end + 1 + outputs.length()));
        return printed == null ? Optional.empty() : Optional.of(new Kept(files(formats, dir), printed));
    }

    /**
     * Writes the reports, unless the last build wrote them from the same inputs and left them as it
     * wrote them. Before writing, the inputs file's first character is overwritten so that it
     * matches no inputs, and after writing the whole file is written again: a build stopped
     * halfway leaves a record that matches nothing. The file is overwritten in place rather than
     * deleted and created again, as the reports are ({@link #overwrite}).
     *
     * @param inputs what the reports are made from ({@link ReportInputs#describe}), or null to
     *     write them whatever the last build left
     * @param printed what this build prints with the reports, recorded with the inputs
     */
    public static Written writeUnlessUpToDate(ReportContext ctx, Set<ReportFormat> formats, Path dir, String inputs,
            List<Printed> printed) throws IOException {
        Path record = dir.resolve(INPUTS_FILE);
        String printedLines = inputs == null ? null : lines(printed);
        if (inputs != null && isRecord(recorded(record), inputs, formats, dir, printedLines)) {
            return new Written(files(formats, dir), true);
        }
        if (record.toFile().isFile()) {
            try (FileChannel channel = FileChannel.open(record, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(new byte[] {'!'}), 0);
            }
        }
        ReportBuffers buffers = ReportBuffers.take();
        try {
            List<Path> written = write(ctx, formats, dir, buffers);
            if (inputs != null) {
                buffers.text().append(inputs).append(outputs(formats, dir)).append(printedLines);
                overwrite(record, buffers.utf8());
            }
            return new Written(written, false);
        } finally {
            buffers.release();
        }
    }

    /**
     * Whether {@code recorded} is the inputs, the reports as they are now ({@link #outputs}) and the
     * printed lines, one after the other, without joining them. The reports are looked at only when
     * the inputs match: after an edit they do not, and that saves two system calls per report.
     */
    private static boolean isRecord(String recorded, String inputs, Set<ReportFormat> formats, Path dir,
            String printedLines) {
        if (recorded == null || !recorded.startsWith(inputs)) return false;
        String outputs = outputs(formats, dir);
        return recorded.length() == inputs.length() + outputs.length() + printedLines.length()
                && recorded.startsWith(outputs, inputs.length())
                && recorded.startsWith(printedLines, inputs.length() + outputs.length());
    }

    /** The record's text, or null when there is none, or it is too large or unreadable to be one. */
    private static String recorded(Path record) {
        File file = record.toFile();
        if (!file.isFile() || file.length() > 256 * 1024) return null;
        try {
            return new String(Files.readAllBytes(record), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // unreadable: write again
        }
    }

    private static List<Path> files(Set<ReportFormat> formats, Path dir) {
        List<Path> files = new ArrayList<>();
        for (ReportFormat f : ReportFormat.values()) {
            if (formats.contains(f)) files.add(dir.resolve(f.fileName()));
        }
        return files;
    }

    /** The printed lines as the record keeps them: one per line, a line end or backslash escaped. */
    static String lines(List<Printed> printed) {
        StringBuilder s = new StringBuilder();
        for (Printed p : printed) {
            String text = p.text();
            s.append("print ").append(p.kind());
            if (!text.isEmpty()) s.append(' ');
            // most lines have nothing to escape: three searches and one copy, in the JDK's compiled
            // code, rather than the loop below, which runs interpreted in a reactor's first modules
            if (text.indexOf('\\') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
                s.append(text).append('\n');
                continue;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> s.append("\\\\");
                    case '\n' -> s.append("\\n");
                    case '\r' -> s.append("\\r");
                    default -> s.append(c);
                }
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** The lines {@link #lines} wrote, or null when the text is not such lines. */
    static List<Printed> printed(String text) {
        List<Printed> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            if (end < 0 || !text.startsWith("print ", at)) return null;
            int space = text.indexOf(' ', at + 6);
            String kind = text.substring(at + 6, space < 0 || space > end ? end : space);
            if (!kind.equals(Printed.DIAGNOSTIC) && !kind.equals(Printed.INFO) && !kind.equals(Printed.REPORT)
                    && !kind.equals(Printed.WARNING)) {
                return null;
            }
            StringBuilder line = new StringBuilder();
            for (int i = space < 0 || space > end ? end : space + 1; i < end; i++) {
                char c = text.charAt(i);
                if (c != '\\') {
                    line.append(c);
                    continue;
                }
                char next = ++i < end ? text.charAt(i) : ' ';
                switch (next) {
                    case '\\' -> line.append('\\');
                    case 'n' -> line.append('\n');
                    case 'r' -> line.append('\r');
                    default -> {
                        return null;
                    }
                }
            }
            out.add(new Printed(kind, line.toString()));
            at = end + 1;
        }
        return out;
    }

    /** One line per report: its name, size and time of last change, as the file system has them now. */
    private static String outputs(Set<ReportFormat> formats, Path dir) {
        StringBuilder s = new StringBuilder();
        for (ReportFormat f : ReportFormat.values()) {
            if (!formats.contains(f)) continue;
            File report = dir.resolve(f.fileName()).toFile();
            // a missing file has size and time 0, which no written report has
            s.append("output ").append(f.fileName()).append(' ').append(report.length()).append(' ')
                    .append(report.lastModified()).append('\n');
        }
        return s.toString();
    }

    /**
     * Writes every format of {@code formats} that applies to this run and returns the files written.
     * Formats that do not render invalid input are removed when the run is invalid, so no stale
     * report survives a failed build.
     */
    public static List<Path> write(ReportContext ctx, Set<ReportFormat> formats, Path dir) throws IOException {
        ReportBuffers buffers = ReportBuffers.take();
        try {
            return write(ctx, formats, dir, buffers);
        } finally {
            buffers.release();
        }
    }

    private static List<Path> write(ReportContext ctx, Set<ReportFormat> formats, Path dir, ReportBuffers buffers)
            throws IOException {
        createDirectories(dir);
        boolean valid = ctx.advice().evaluation() != null;
        List<Path> written = new ArrayList<>();
        for (ReportFormat f : ReportFormat.values()) {
            if (!formats.contains(f)) continue;
            Path target = dir.resolve(f.fileName());
            if (!valid && !f.rendersInvalidInput()) {
                Files.deleteIfExists(target);
                continue;
            }
            f.render(ctx, buffers.text());
            overwrite(target, buffers.utf8());
            written.add(target);
        }
        return written;
    }

    /**
     * {@link Files#createDirectories} without its exceptions. That method learns what is missing
     * from failures: it tries the directory itself first, and then looks for an existing ancestor
     * by access checks that throw. Each failure builds exceptions over Maven's deep stack; a JFR
     * recording of a fresh 200-module reactor counted 400 {@code NoSuchFileException}s and the 400
     * {@code UnixException}s they were made from. Here the missing directories are found by
     * {@link Files#isDirectory}, which does not throw, and made from the top down.
     */
    static void createDirectories(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            try {
                Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                // made meanwhile by another module's thread (-T, a shared output directory), or a file
                if (!Files.isDirectory(p)) throw e;
            }
        }
    }

    /**
     * Writes {@code bytes} over the file's old content, then cuts it to length. Truncating first
     * (what {@code Files.write} does) frees the file's blocks only to allocate them again; on a
     * rebuild that is several times the cost of the write itself (0.27 against 0.04 ms per 28 KB
     * report on ext4 with online discard).
     */
    static void overwrite(Path target, byte[] bytes) throws IOException {
        overwrite(target, ByteBuffer.wrap(bytes));
    }

    /** {@link #overwrite(Path, byte[])} with the buffer's remaining bytes. */
    static void overwrite(Path target, ByteBuffer buffer) throws IOException {
        int length = buffer.remaining();
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.truncate(length);
        }
    }
}

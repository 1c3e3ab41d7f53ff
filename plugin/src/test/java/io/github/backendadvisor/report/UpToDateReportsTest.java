package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.descriptor.Descriptor.Waiver;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.AdviceRequest;
import io.github.backendadvisor.engine.Advisor;
import io.github.backendadvisor.engine.EvaluationOptions;
import io.github.backendadvisor.report.ReportWriter.Printed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild keeps the reports only when nothing they are made from changed, and they are as written. */
class UpToDateReportsTest {
    private static final Set<ReportFormat> FORMATS = EnumSet.of(ReportFormat.HTML, ReportFormat.JSON, ReportFormat.MD);
    private static final String BUILD = "1.0 123456 1700000000000 java 17.0.15";

    @TempDir
    Path dir;

    private final Advisor advisor = new Advisor();

    private ReportContext context(AdviceRequest request, String timestamp, String toolVersion) {
        Advice advice = advisor.advise(request);
        return new ReportContext(advice, request.descriptorName(), timestamp, toolVersion, request.options());
    }

    private static AdviceRequest request() {
        return Fixtures.request("descriptors/valid.yaml", "packs/small.yaml");
    }

    private static byte[] descriptorBytes() throws IOException {
        return Files.readAllBytes(Fixtures.path("descriptors/valid.yaml"));
    }

    private ReportContext base() {
        return context(request(), null, "1.0");
    }

    private String baseInputs() throws IOException {
        return ReportInputs.describe(base(), FORMATS, BUILD, descriptorBytes());
    }

    private Map<ReportFormat, FileTime> times() throws IOException {
        Map<ReportFormat, FileTime> out = new LinkedHashMap<>();
        for (ReportFormat f : FORMATS) out.put(f, Files.getLastModifiedTime(dir.resolve(f.fileName())));
        return out;
    }

    @Test
    void aRebuildWithTheSameInputsKeepsTheReports() throws IOException {
        ReportWriter.Written first = ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of());
        assertFalse(first.upToDate());
        assertTrue(Files.isRegularFile(dir.resolve(ReportWriter.INPUTS_FILE)));
        Files.setLastModifiedTime(dir.resolve("report.html"), FileTime.fromMillis(1_000_000_000_000L));
        ReportWriter.Written changed = ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of());
        assertFalse(changed.upToDate(), "a report whose time changed is written again");
        Map<ReportFormat, FileTime> before = times();

        ReportWriter.Written second = ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of());
        assertTrue(second.upToDate());
        assertEquals(first.files(), second.files());
        assertEquals(before, times(), "no report was touched");
    }

    /** What the key of the base run is before anything is evaluated: the descriptor's bytes, the packs' fingerprint. */
    private String baseKey(AdviceRequest r) throws IOException {
        return ReportInputs.key(BUILD, "1.0", FORMATS, r.descriptorName(), Files.readAllBytes(r.descriptor()),
                advisor.packsFingerprint(r), r.options(), null, null);
    }

    private static final List<Printed> PRINTED = List.of(
            new Printed(Printed.DIAGNOSTIC, "valid.yaml:3:5: warning: a line end\nand a backslash \\n in a message"),
            new Printed(Printed.INFO, "Backend Advisor: valid"),
            new Printed(Printed.INFO, "  Findings: none open, 1 waived"),
            new Printed(Printed.REPORT, ""),
            new Printed(Printed.WARNING, "valid.yaml:9:7: warning: the waiver for rule 'x' expired on 2026-01-31"));

    @Test
    void aRebuildKeepsTheReportsBeforeEvaluatingAndPrintsWhatTheBuildThatWroteThemPrinted() throws IOException {
        AdviceRequest r = request();
        String key = baseKey(r);
        assertNotNull(key);
        assertTrue(baseInputs().startsWith(key), "the key is known before evaluating, and starts the inputs");
        assertTrue(ReportWriter.kept(dir, key, Fixtures.TODAY, FORMATS).isEmpty(), "nothing written yet");

        ReportWriter.Written first = ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), PRINTED);
        Map<ReportFormat, FileTime> before = times();
        ReportWriter.Kept kept = ReportWriter.kept(dir, key, Fixtures.TODAY, FORMATS).orElseThrow();
        assertEquals(PRINTED, kept.printed());
        assertEquals(first.files(), kept.files());
        assertEquals(before, times(), "no report was touched");
        assertTrue(ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), PRINTED).upToDate());
        assertFalse(ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), PRINTED.subList(1, 5)).upToDate(),
                "a record that printed other lines is not this run's");

        assertTrue(ReportWriter.kept(dir, key.replace("tooCloseMargin 3.0", "tooCloseMargin 3.5"), Fixtures.TODAY, FORMATS)
                .isEmpty(), "another key");
        assertTrue(ReportWriter.kept(dir, key, Fixtures.TODAY, EnumSet.of(ReportFormat.HTML)).isEmpty(), "other formats");
        Files.writeString(dir.resolve("report.md"), "edited by hand");
        assertTrue(ReportWriter.kept(dir, key, Fixtures.TODAY, FORMATS).isEmpty(), "an edited report");
        ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), PRINTED);
        Path record = dir.resolve(ReportWriter.INPUTS_FILE);
        Files.writeString(record, Files.readString(record).replace("print info", "print loud"));
        assertTrue(ReportWriter.kept(dir, key, Fixtures.TODAY, FORMATS).isEmpty(), "a print line of no known kind");
        Files.writeString(record, Files.readString(record).replace("print loud", "print info").replace("\\\\", "\\x"));
        assertTrue(ReportWriter.kept(dir, key, Fixtures.TODAY, FORMATS).isEmpty(), "an escape of no known kind");
    }

    @Test
    void thePacksFingerprintBeforeCompilingIsTheOneTheRuleSetGets() {
        AdviceRequest r = request();
        Advisor before = new Advisor();
        String first = before.packsFingerprint(r);
        assertNotNull(first);
        assertEquals(first, before.advise(r).packsFingerprint(), "known before the set is compiled");
        Advisor after = new Advisor();
        assertEquals(first, after.advise(r).packsFingerprint());
        assertEquals(first, after.packsFingerprint(r), "known after the set is compiled");
        AdviceRequest missing = new AdviceRequest(r.descriptor(), r.descriptorName(), r.baseDir(), List.of("no-such-pack.yaml"),
                false, Set.of(), List.of(), r.options(), r.config(), r.classLoader());
        assertNull(after.packsFingerprint(missing), "a pack that cannot be read has none");
    }

    /** A rebuild on another day keeps the reports before evaluating only on days with the same waivers in force. */
    @Test
    void aRebuildKeepsTheReportsOnlyOnDaysWithTheSameWaivers() throws IOException {
        // a waiver until 2026-01-31
        AdviceRequest waived = Fixtures.request("descriptors/invalid/expired-waiver.yaml", "packs/small.yaml");
        byte[] bytes = Files.readAllBytes(waived.descriptor());
        ReportContext early = on(waived, LocalDate.of(2026, 1, 1));
        String inputs = ReportInputs.describe(early, FORMATS, BUILD, bytes);
        assertTrue(inputs.endsWith("\nexpired\ndays - 2026-01-31\n"), inputs);
        ReportWriter.writeUnlessUpToDate(early, FORMATS, dir, inputs, PRINTED);
        String key = baseKey(waived);
        assertTrue(ReportWriter.kept(dir, key, LocalDate.of(1999, 5, 1), FORMATS).isPresent());
        assertTrue(ReportWriter.kept(dir, key, LocalDate.of(2026, 1, 31), FORMATS).isPresent(), "the waiver's last day");
        assertTrue(ReportWriter.kept(dir, key, LocalDate.of(2026, 2, 1), FORMATS).isEmpty(), "the waiver expired");

        ReportContext expired = on(waived, LocalDate.of(2026, 2, 1));
        inputs = ReportInputs.describe(expired, FORMATS, BUILD, bytes);
        assertTrue(inputs.endsWith("\nexpired cpu-heavy@2026-01-31\ndays 2026-02-01 -\n"), inputs);
        ReportWriter.writeUnlessUpToDate(expired, FORMATS, dir, inputs, PRINTED);
        assertTrue(ReportWriter.kept(dir, key, LocalDate.of(2026, 2, 1), FORMATS).isPresent());
        assertTrue(ReportWriter.kept(dir, key, LocalDate.of(2126, 2, 1), FORMATS).isPresent());
        assertTrue(ReportWriter.kept(dir, key, LocalDate.of(2026, 1, 31), FORMATS).isEmpty(), "the waiver held then");
    }

    @Test
    void theDaysOfAWaiverSetLieBetweenTheLastExpiryAndTheFirstLastDay() {
        Position at = Position.start("d.yaml");
        List<Waiver> waivers = List.of(new Waiver("a", "r", LocalDate.of(2026, 3, 1), at),
                new Waiver("b", "r", LocalDate.of(2026, 6, 30), at), new Waiver("c", "r", LocalDate.of(2026, 1, 15), at),
                new Waiver("d", "r", LocalDate.of(2027, 1, 1), at));
        assertEquals("days - -\n", ReportInputs.days(List.of(), LocalDate.of(2026, 4, 1)));
        assertEquals("days - 2026-01-15\n", ReportInputs.days(waivers, LocalDate.of(2026, 1, 1)));
        assertEquals("days 2026-03-02 2026-06-30\n", ReportInputs.days(waivers, LocalDate.of(2026, 4, 1)));
        assertEquals("days 2026-03-02 2026-06-30\n", ReportInputs.days(waivers, LocalDate.of(2026, 6, 30)));
        assertEquals("days 2027-01-02 -\n", ReportInputs.days(waivers, LocalDate.of(2027, 1, 2)));
        assertTrue(ReportInputs.within("days 2026-03-02 2026-06-30", LocalDate.of(2026, 3, 2)));
        assertTrue(ReportInputs.within("days 2026-03-02 2026-06-30", LocalDate.of(2026, 6, 30)));
        assertFalse(ReportInputs.within("days 2026-03-02 2026-06-30", LocalDate.of(2026, 3, 1)));
        assertFalse(ReportInputs.within("days 2026-03-02 2026-06-30", LocalDate.of(2026, 7, 1)));
        assertTrue(ReportInputs.within("days - -", LocalDate.of(2026, 7, 1)));
        assertFalse(ReportInputs.within("days 2026-02-30 -", LocalDate.of(2026, 7, 1)), "no such day");
        assertFalse(ReportInputs.within("days 2026-03-02", LocalDate.of(2026, 7, 1)));
        assertFalse(ReportInputs.within("dates - -", LocalDate.of(2026, 7, 1)));
    }

    @Test
    void keptReportsAreTheBytesAFullWriteGives() throws IOException {
        ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of());
        assertTrue(ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of()).upToDate());
        for (ReportFormat f : FORMATS) {
            assertArrayEquals(f.render(base()).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve(f.fileName())),
                    f.fileName());
        }
    }

    @Test
    void everyInputTellsRunsApart() throws IOException {
        AdviceRequest r = request();
        EvaluationOptions o = r.options();
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("another build of the plugin", ReportInputs.describe(base(), FORMATS, BUILD.replace("123456", "123457"),
                descriptorBytes()));
        variants.put("another tool version", ReportInputs.describe(context(r, null, "1.1"), FORMATS, BUILD, descriptorBytes()));
        variants.put("another format set", ReportInputs.describe(base(), EnumSet.of(ReportFormat.HTML, ReportFormat.JSON),
                BUILD, descriptorBytes()));
        byte[] edited = descriptorBytes().clone();
        edited[edited.length - 2] ^= 1;
        variants.put("an edited descriptor", ReportInputs.describe(base(), FORMATS, BUILD, edited));
        variants.put("a reproducible timestamp", ReportInputs.describe(context(r, "2026-11-26T00:00:00Z", "1.0"), FORMATS,
                BUILD, descriptorBytes()));
        variants.put("another margin", ReportInputs.describe(context(with(r, new EvaluationOptions(o.tooCloseMargin() + 0.5,
                o.fragileThreshold(), o.today())), null, "1.0"), FORMATS, BUILD, descriptorBytes()));
        variants.put("another threshold", ReportInputs.describe(context(with(r, new EvaluationOptions(o.tooCloseMargin(),
                o.fragileThreshold() + 0.01, o.today())), null, "1.0"), FORMATS, BUILD, descriptorBytes()));
        variants.put("a disabled rule", ReportInputs.describe(context(new AdviceRequest(r.descriptor(), r.descriptorName(),
                r.baseDir(), r.rulePacks(), r.useDefaultRules(), Set.of("cpu-heavy"), r.candidates(), o, r.config(),
                r.classLoader()), null, "1.0"), FORMATS, BUILD, descriptorBytes()));
        variants.put("fewer candidates", ReportInputs.describe(context(new AdviceRequest(r.descriptor(), r.descriptorName(),
                r.baseDir(), r.rulePacks(), r.useDefaultRules(), r.disabledRules(), List.of("nodejs", "python"), o,
                r.config(), r.classLoader()), null, "1.0"), FORMATS, BUILD, descriptorBytes()));
        variants.put("another configuration file", ReportInputs.describe(context(new AdviceRequest(r.descriptor(),
                r.descriptorName(), r.baseDir(), r.rulePacks(), r.useDefaultRules(), r.disabledRules(), r.candidates(), o,
                "other/pom.xml", r.classLoader()), null, "1.0"), FORMATS, BUILD, descriptorBytes()));

        String base = baseInputs();
        assertEquals(base, baseInputs(), "the same run describes itself the same way");
        for (var v : variants.entrySet()) {
            assertNotNull(v.getValue(), v.getKey());
            assertNotEquals(base, v.getValue(), v.getKey());
            ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, base, List.of());
            assertFalse(ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, v.getValue(), List.of()).upToDate(), v.getKey());
        }
    }

    /** The date is an input only through the waivers it expires: the reports never print it. */
    @Test
    void theDateCountsOnlyThroughTheWaiversItExpires() throws IOException {
        // no waivers: a rebuild on any later day keeps the reports
        AdviceRequest plain = request();
        ReportContext today = context(plain, null, "1.0");
        ReportContext later = on(plain, Fixtures.TODAY.plusDays(400));
        assertSameInputsAndBytes(today, later, descriptorBytes());
        ReportWriter.writeUnlessUpToDate(today, FORMATS, dir, baseInputs(), List.of());
        assertTrue(ReportWriter.writeUnlessUpToDate(later, FORMATS, dir,
                ReportInputs.describe(later, FORMATS, BUILD, descriptorBytes()), List.of()).upToDate());

        // a waiver until 2026-01-31: the same on either side of that day, another input across it
        AdviceRequest waived = Fixtures.request("descriptors/invalid/expired-waiver.yaml", "packs/small.yaml");
        byte[] bytes = Files.readAllBytes(Fixtures.path("descriptors/invalid/expired-waiver.yaml"));
        ReportContext early = on(waived, LocalDate.of(2026, 1, 1));
        ReportContext lastDay = on(waived, LocalDate.of(2026, 1, 31));
        ReportContext expired = on(waived, LocalDate.of(2026, 2, 1));
        ReportContext muchLater = on(waived, LocalDate.of(2027, 2, 1));
        assertSameInputsAndBytes(early, lastDay, bytes);
        assertSameInputsAndBytes(expired, muchLater, bytes);
        String before = ReportInputs.describe(lastDay, FORMATS, BUILD, bytes);
        String after = ReportInputs.describe(expired, FORMATS, BUILD, bytes);
        assertNotEquals(before, after);
        assertTrue(after.contains("\nexpired cpu-heavy@2026-01-31\n"), after);
        assertTrue(before.contains("\nexpired\n"), before);
        assertNotEquals(ReportFormat.JSON.render(lastDay), ReportFormat.JSON.render(expired), "the expiry shows in the report");
    }

    private ReportContext on(AdviceRequest r, LocalDate day) {
        return context(with(r, EvaluationOptions.defaults(day)), null, "1.0");
    }

    private static void assertSameInputsAndBytes(ReportContext a, ReportContext b, byte[] descriptor) {
        assertEquals(ReportInputs.describe(a, FORMATS, BUILD, descriptor), ReportInputs.describe(b, FORMATS, BUILD, descriptor));
        for (ReportFormat f : ReportFormat.values()) {
            assertEquals(f.render(a), f.render(b), f.fileName() + ": same inputs, same report");
        }
    }

    @Test
    void anEditToAPackIsAChangedInput(@TempDir Path packs) throws IOException {
        Path pack = packs.resolve("pack.yaml");
        String text = Fixtures.text("packs/small.yaml");
        AdviceRequest r = request();
        AdviceRequest own = new AdviceRequest(r.descriptor(), r.descriptorName(), r.baseDir(), List.of(pack.toString()),
                false, Set.of(), List.of(), r.options(), r.config(), r.classLoader());
        Files.writeString(pack, text);
        String before = ReportInputs.describe(context(own, null, "1.0"), FORMATS, BUILD, descriptorBytes());
        assertEquals(before, ReportInputs.describe(context(own, null, "1.0"), FORMATS, BUILD, descriptorBytes()));
        Files.writeString(pack, text + "# one more line\n");
        String after = ReportInputs.describe(context(own, null, "1.0"), FORMATS, BUILD, descriptorBytes());
        assertNotNull(before);
        assertNotNull(after);
        assertNotEquals(before, after);
    }

    private static AdviceRequest with(AdviceRequest r, EvaluationOptions o) {
        return new AdviceRequest(r.descriptor(), r.descriptorName(), r.baseDir(), r.rulePacks(), r.useDefaultRules(),
                r.disabledRules(), r.candidates(), o, r.config(), r.classLoader());
    }

    @Test
    void anEditedOrMissingReportIsWrittenAgain() throws IOException {
        ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of());
        byte[] md = Files.readAllBytes(dir.resolve("report.md"));
        Files.writeString(dir.resolve("report.md"), "edited by hand");
        Files.delete(dir.resolve("report.json"));

        assertFalse(ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of()).upToDate());
        assertArrayEquals(md, Files.readAllBytes(dir.resolve("report.md")));
        assertTrue(Files.isRegularFile(dir.resolve("report.json")));
        assertTrue(ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of()).upToDate());
    }

    @Test
    void aDamagedRecordMeansWritingAgain() throws IOException {
        ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of());
        Path record = dir.resolve(ReportWriter.INPUTS_FILE);
        Files.write(record, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertFalse(ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of()).upToDate());
        assertTrue(ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of()).upToDate());
    }

    @Test
    void aRecordIsVoidWhileTheReportsAreWritten() throws IOException {
        ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of());
        // a build that renders with other inputs and fails while writing: the record matches nothing
        ReportContext other = context(with(request(), new EvaluationOptions(3.5, 0.2, Fixtures.TODAY)), null, "1.0");
        Files.createDirectory(dir.resolve("report.md.blocked"));
        Path md = dir.resolve("report.md");
        Files.delete(md);
        Files.createSymbolicLink(md, dir.resolve("report.md.blocked"));
        String otherInputs = ReportInputs.describe(other, FORMATS, BUILD, descriptorBytes());
        assertThrows(IOException.class,
                () -> ReportWriter.writeUnlessUpToDate(other, FORMATS, dir, otherInputs, List.of()));
        Files.delete(md);
        assertTrue(Files.readString(dir.resolve(ReportWriter.INPUTS_FILE)).startsWith("!"));
        assertFalse(ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of()).upToDate());
    }

    @Test
    void anInvalidRunIsNeverUpToDateAndLeavesNoValidRecord() throws IOException {
        ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of());
        AdviceRequest invalid = Fixtures.request("descriptors/invalid/out-of-range.yaml", "packs/small.yaml");
        ReportContext ctx = context(invalid, null, "1.0");
        assertNull(ReportInputs.describe(ctx, FORMATS, BUILD, new byte[] {1}));
        assertNull(ReportInputs.describe(base(), FORMATS, null, descriptorBytes()), "an unknown build is never up to date");
        ReportWriter.Written w = ReportWriter.writeUnlessUpToDate(ctx, FORMATS, dir, null, List.of());
        assertFalse(w.upToDate());
        assertFalse(Files.exists(dir.resolve("report.html")), "no stale page survives an invalid run");
        assertFalse(ReportWriter.writeUnlessUpToDate(base(), FORMATS, dir, baseInputs(), List.of()).upToDate());
    }
}

package io.github.backendadvisor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.AdviceRequest;
import io.github.backendadvisor.engine.Advisor;
import io.github.backendadvisor.engine.EvaluationOptions;
import io.github.backendadvisor.report.ReportContext;
import io.github.backendadvisor.report.ReportFormat;
import io.github.backendadvisor.rules.PackLocator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The same input gives equal results and byte-identical reports, also from many threads at once. */
class DeterminismTest {

    private static AdviceRequest request(String descriptor) {
        return new AdviceRequest(Fixtures.path(descriptor), descriptor, Fixtures.root(), List.of(), true, Set.of(),
                List.of(), EvaluationOptions.defaults(Fixtures.TODAY), "pom.xml", DeterminismTest.class.getClassLoader());
    }

    private static List<byte[]> render(Advice a, String name) {
        ReportContext ctx = new ReportContext(a, name, "2026-11-26T00:00:00Z", "1.0", EvaluationOptions.defaults(Fixtures.TODAY));
        List<byte[]> out = new ArrayList<>();
        for (ReportFormat f : ReportFormat.values()) out.add(f.render(ctx).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    @Test
    void loadingTwiceGivesEqualResultsAndIdenticalBytes() {
        Advice a = new Advisor().advise(request("descriptors/scoring-close.yaml"));
        Advice b = new Advisor().advise(request("descriptors/scoring-close.yaml"));
        assertEquals(a.descriptor(), b.descriptor());
        assertEquals(a.evaluation(), b.evaluation());
        assertEquals(a.diagnostics(), b.diagnostics());
        assertEquals(a.ruleSet().packs(), b.ruleSet().packs());
        List<byte[]> ra = render(a, "x.yaml");
        List<byte[]> rb = render(b, "x.yaml");
        for (int i = 0; i < ra.size(); i++) assertArrayEquals(ra.get(i), rb.get(i), ReportFormat.values()[i].id());
    }

    @Test
    void manyThreadsSharingOneCacheAgreeByteForByte() throws Exception {
        Advisor shared = new Advisor();
        List<byte[]> reference = render(new Advisor().advise(request("descriptors/valid.yaml")), "x.yaml");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<byte[]>>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(() -> render(shared.advise(request("descriptors/valid.yaml")), "x.yaml")));
            }
            for (Future<List<byte[]>> f : futures) {
                List<byte[]> got = f.get();
                for (int i = 0; i < got.size(); i++) assertArrayEquals(reference.get(i), got.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDefaultPackIsCompiledOncePerCache() {
        Advisor shared = new Advisor();
        Advice first = shared.advise(request("descriptors/valid.yaml"));
        Advice second = shared.advise(request("descriptors/scoring-close.yaml"));
        assertEquals(true, first.timings().packsCompiled());
        assertEquals(false, second.timings().packsCompiled());
        assertEquals(PackLocator.DEFAULT_PACK, first.ruleSet().packs().get(0).source());
    }
}

package io.github.backendadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

class ScalarResolverTest {
    private static final Resolver SNAKEYAML = new Resolver();
    private static final ScalarResolver REMEMBERING = new ScalarResolver();

    private static void same(String value) {
        assertEquals(SNAKEYAML.resolve(NodeId.scalar, value, true), REMEMBERING.plain(value), "'" + value + "'");
    }

    @Test
    void givesSnakeYamlsTagForEveryFirstCharacter() {
        String[] rests = {"", "ervice", "o-bound", "rue", "alse", "ull", "ULL", "es", "o", "ff", "n", "1", "0",
            "12", ".5", "e3", "x1F", "0:30", "018-05-01", "<", " ", ".inf", ".nan", "_000", "{a}", "$x"};
        for (char first = 0; first < 256; first++) {
            for (String rest : rests) same(first + rest);
        }
        for (String v : new String[] {"", "~", "null", "Null", "NULL", "true", "True", "TRUE", "yes", "No", "on",
            "OFF", "y", "n", "0", "-1", "+1", "0x1F", "0o17", "1_000", "1.5", "-.5", ".inf", "-.Inf", ".NaN", "1e3",
            "2026-11-26", "2026-11-26T10:00:00Z", "<<", "=", "service-1", "peakRequestsPerSecond", "javascript"}) {
            same(v);
        }
    }

    @Test
    void givesSnakeYamlsTagForRandomWords() {
        Random r = new Random(5);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:+~<$ é";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(12); n >= 0; n--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            same(sb.toString());
        }
    }
}

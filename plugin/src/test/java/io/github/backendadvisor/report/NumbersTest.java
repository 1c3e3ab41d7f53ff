package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast decimal formatting against its BigDecimal definition. */
class NumbersTest {
    @Test
    void fixedMatchesBigDecimalHalfUpOn200000SeededValues() {
        Random r = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 6) {
                case 0 -> r.nextDouble();
                case 1 -> (r.nextDouble() - 0.5) * 200;
                case 2 -> r.nextInt(100_000) / 1000.0 - 50; // many exact halves at 2 and 3 places
                case 3 -> (r.nextInt(2001) - 1000) / 200.0; // ties at 2 places, e.g. 0.125
                case 4 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(20) - 8); // E-notation too
                default -> Double.longBitsToDouble(r.nextLong());
            };
            if (Double.isNaN(v) || Double.isInfinite(v)) continue;
            for (int places = 0; places <= 4; places++) {
                assertEquals(Numbers.exact(v, places), Numbers.fixed(v, places), v + " to " + places + " places");
                assertEquals(Double.parseDouble(Numbers.exact(v, places)), Numbers.round(v, places), 0.0,
                        v + " rounded to " + places + " places");
            }
        }
    }

    @Test
    void edgeCases() {
        assertEquals("10.0", Numbers.fixed(9.96, 1));
        assertEquals("-10.0", Numbers.fixed(-9.95, 1));
        assertEquals("0.00", Numbers.fixed(-0.001, 2));
        assertEquals("0.0", Numbers.fixed(-0.0, 1));
        assertEquals("1000", Numbers.fixed(999.5, 0));
        assertEquals("12.3000", Numbers.fixed(12.3, 4));
        assertEquals("+0.30", Numbers.signed(0.3));
        assertEquals("-0.15", Numbers.signed(-0.149));
        assertEquals("35%", Numbers.percent(0.35));
        assertEquals("NaN", Numbers.fixed(Double.NaN, 2));
    }
}

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
    void nearTiesRoundFromTheShortestDigitsAsBigDecimalDoes() {
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            int places = r.nextInt(5);
            // a decimal tie at 'places' decimals, then disturbed by floating-point arithmetic
            double tie = (r.nextInt(2_000_000) - 1_000_000 + 0.5) / Math.pow(10, places);
            double v = switch (i % 4) {
                case 0 -> tie;
                case 1 -> tie + 1e-13 * (r.nextInt(21) - 10);
                case 2 -> tie * 7 / 7 * 3 / 3;
                default -> tie / 10 * 10;
            };
            assertEquals(Numbers.exact(v, places), Numbers.shortest(v, places), v + " to " + places + " places");
        }
        // values the report charts met, and signs around zero
        for (double v : new double[] {27.750000000000014, 49.949999999999996, 458.95, 3.781250000000001,
                138.74999999999997, -0.04999999999999999, 0.05, -0.05, -0.0, 9999999.99995, 1e-3}) {
            for (int places = 0; places <= 4; places++) {
                assertEquals(Numbers.exact(v, places), Numbers.shortest(v, places), v + " to " + places + " places");
            }
        }
    }

    @Test
    void valuesThatAreExactTiesInBinaryRoundUpLikeTheirDecimalForm() {
        // every multiple of 2^-e (e up to 12) below 2,000 with either sign: all exact binary ties at
        // some number of places (0.5, 0.125, 2.0625) and their neighbours
        for (int e = 1; e <= 12; e++) {
            for (long m = 0; m < 2_000L << e; m += 1 + (m >> 8)) {
                double v = m / (double) (1L << e);
                for (int places = 0; places <= 4; places++) {
                    assertEquals(Numbers.exact(v, places), Numbers.fixed(v, places), v + " to " + places + " places");
                    assertEquals(Numbers.exact(-v, places), Numbers.fixed(-v, places), -v + " to " + places + " places");
                }
            }
        }
    }

    @Test
    void decimal4WritesWhatDoubleToStringWritesForTheRoundedValue() {
        Random r = new Random(7);
        double[] fixedCases = {0, -0.0, 1e-3, 9.9996e-4, 0.00099995, 0.00104999, 9999999.99996, 1e7, -1e7, 12.5,
            0.1 + 0.2, 75.55555, -3.14159, 1e-4, 5e-5, 4.9e-5, 1234567.12345};
        for (double v : fixedCases) {
            assertEquals(Double.toString(Double.parseDouble(Numbers.exact(v, 4))), Numbers.decimal4(v), "" + v);
        }
        for (int i = 0; i < 300_000; i++) {
            double v = switch (i % 4) {
                case 0 -> (r.nextDouble() - 0.5) * 200;
                case 1 -> r.nextInt(2_000_000) / 10_000.0 - 100;
                case 2 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(14) - 6);
                default -> Double.longBitsToDouble(r.nextLong());
            };
            if (Double.isNaN(v) || Double.isInfinite(v)) continue;
            assertEquals(Double.toString(Double.parseDouble(Numbers.exact(v, 4))), Numbers.decimal4(v), "" + v);
        }
    }

    @Test
    void edgeCases() {
        assertEquals("10.0", Numbers.fixed(9.96, 1));
        assertEquals("2.68", Numbers.fixed(2.675, 2)); // 2.67499999... in binary; its decimal form is a tie
        assertEquals("1.01", Numbers.fixed(1.005, 2));
        assertEquals("0.13", Numbers.fixed(0.125, 2));
        assertEquals("3.141593", Numbers.fixed(Math.PI, 6));
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

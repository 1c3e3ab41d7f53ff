package io.github.backendadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AbstractAdvisorMojoTest {
    @Test
    void numbersAreReadTheWayAPomWritesThem() {
        assertEquals(3.0, AbstractAdvisorMojo.number("3"));
        assertEquals(3.5, AbstractAdvisorMojo.number(" 3.5 "));
        assertEquals(-0.5, AbstractAdvisorMojo.number("-0.5"));
        assertEquals(0.25, AbstractAdvisorMojo.number(".25"));
        assertEquals(10.0, AbstractAdvisorMojo.number("1e1"));
    }

    @Test
    void whatJavaWouldAlsoReadIsRejected() {
        for (String s : new String[] {"3,5", "NaN", "Infinity", "-Infinity", "0x1p3", "3d", "3f", "", ".", "e5", "1e999", "3 5"}) {
            assertNull(AbstractAdvisorMojo.number(s), s);
        }
    }
}

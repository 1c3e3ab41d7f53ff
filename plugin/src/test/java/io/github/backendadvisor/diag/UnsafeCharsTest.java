package io.github.backendadvisor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges of each range, and the characters just outside them. */
class UnsafeCharsTest {
    @ParameterizedTest(name = "U+{0}: control {1}, reorders {2}")
    @CsvSource({
        "0000, true, false", "0009, true, false", "000A, true, false", "001F, true, false", "0020, false, false",
        "007E, false, false", "007F, true, false", "0080, true, false", "009F, true, false", "00A0, false, false",
        "200E, false, false", "200F, false, false", // left-to-right and right-to-left marks are text
        "2029, false, false", "202A, false, true", "202E, false, true", "202F, false, false",
        "2065, false, false", "2066, false, true", "2069, false, true", "206A, false, false",
    })
    void eachRangeIncludesItsEdgesAndNothingBeyond(String hex, boolean control, boolean reorders) {
        char c = (char) Integer.parseInt(hex, 16);
        assertEquals(control, UnsafeChars.control(c));
        assertEquals(reorders, UnsafeChars.reorders(c));
    }
}

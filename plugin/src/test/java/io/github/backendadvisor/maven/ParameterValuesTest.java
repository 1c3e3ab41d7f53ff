package io.github.backendadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ParameterValuesTest {
    @Test
    void numbersAreReadTheWayAPomWritesThem() {
        assertEquals(3.0, ParameterValues.number("3"));
        assertEquals(3.5, ParameterValues.number(" 3.5 "));
        assertEquals(-0.5, ParameterValues.number("-0.5"));
        assertEquals(0.25, ParameterValues.number(".25"));
        assertEquals(10.0, ParameterValues.number("1e1"));
    }

    @Test
    void whatJavaWouldAlsoReadIsRejected() {
        for (String s : new String[] {"3,5", "NaN", "Infinity", "-Infinity", "0x1p3", "3d", "3f", "", ".", "e5", "1e999", "3 5"}) {
            assertNull(ParameterValues.number(s), s);
        }
    }

    @Test
    void aWrongNumberIsReportedAndReplacedByItsDefault() {
        List<String> problems = new ArrayList<>();
        ParameterValues.Problems add = (parameter, message) -> problems.add(parameter + ": " + message);
        assertEquals(0.2, ParameterValues.nonNegative("fragileThreshold", "0,3", 0.2, add));
        assertEquals(3.0, ParameterValues.nonNegative("tooCloseMargin", "-1", 3.0, add));
        assertEquals(3.0, ParameterValues.nonNegative("tooCloseMargin", "1,2,3", 3.0, add));
        assertEquals(3.0, ParameterValues.nonNegative("tooCloseMargin", " ", 3.0, add));
        assertEquals(0.5, ParameterValues.nonNegative("tooCloseMargin", "0.5", 3.0, add));
        assertEquals(List.of(
                "fragileThreshold: 'fragileThreshold' must be a number such as 0.2, not '0,3' (did you mean 0.3?)",
                "tooCloseMargin: 'tooCloseMargin' must be >= 0, not -1",
                "tooCloseMargin: 'tooCloseMargin' must be a number such as 3.0, not '1,2,3'"), problems);
    }

    @Test
    void aDateIsReadAsIsoAndAWrongOneIsReported() {
        List<String> problems = new ArrayList<>();
        ParameterValues.Problems add = (parameter, message) -> problems.add(parameter + ": " + message);
        assertEquals(LocalDate.of(2027, 6, 30), ParameterValues.date(" 2027-06-30 ", add));
        assertNotNull(ParameterValues.date("2026-02-30", add)); // today in UTC
        assertEquals(List.of("today: 'today' must be an ISO date such as 2027-06-30, not '2026-02-30'"), problems);
    }

    @Test
    void listItemsAreSplitAtCommasAndAnEmptyListKeepsTheDefaults() {
        assertEquals(List.of("veto", "drift", "error"), ParameterValues.clean(List.of(" veto, drift", "", "error ")));
        assertEquals(List.of("html"), ParameterValues.idsOr(List.of(" , "), List.of("html")));
        assertEquals(List.of("json"), ParameterValues.idsOr(List.of("json"), List.of("html")));
        assertEquals(List.of("html"), ParameterValues.idsOr(null, List.of("html")));
    }
}

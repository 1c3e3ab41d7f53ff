package io.github.backendadvisor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorSummaryTest {

    private static Diagnostic error(String file) {
        return Diagnostic.error(new Position(file, 2, 3), "wrong");
    }

    @Test
    void namesTheOneFileOfOneError() {
        assertEquals("1 error in pom.xml", Diagnostics.errorSummary(List.of(error("pom.xml"))));
    }

    @Test
    void namesEachFileOnceInTheOrderOfTheList() {
        assertEquals("4 errors in pom.xml and backend-requirements.yaml", Diagnostics.errorSummary(List.of(
                error("pom.xml"), error("backend-requirements.yaml"), error("pom.xml"), error("backend-requirements.yaml"))));
        assertEquals("3 errors in pom.xml, backend-requirements.yaml and rules/team.yaml", Diagnostics.errorSummary(
                List.of(error("pom.xml"), error("backend-requirements.yaml"), error("rules/team.yaml"))));
    }

    @Test
    void warningsNeitherCountNorNameTheirFiles() {
        assertEquals("1 error in rules/team.yaml", Diagnostics.errorSummary(List.of(
                Diagnostic.warning(new Position("backend-requirements.yaml", 1, 1), "odd"), error("rules/team.yaml"))));
    }

    @Test
    void namesTwoFilesAndCountsTheOthersBeyondThree() {
        assertEquals("4 errors in a.yaml, b.yaml and 2 other files",
                Diagnostics.errorSummary(List.of(error("a.yaml"), error("b.yaml"), error("c.yaml"), error("d.yaml"))));
    }
}

package io.github.backendadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ISO date that a date written in another common form stands for, to suggest it. */
class IsoDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2027-6-30 | 2027-06-30", "2027/06/30 | 2027-06-30", "30/06/2027 | 2027-06-30", "06/30/2027 | 2027-06-30",
        "30.06.2027 | 2027-06-30", "13-7-2027 | 2027-07-13", "01/01/2027 | 2027-01-01",
        // both orders name a day, and not the same one
        "05/06/2027 | ", "1-7-2027 | ", "2027-02-30 | ", "30/02/2027 | ", "June 2027 | ", "30/06/27 | ", "2027-06-30-01 | "})
    void aDateInAnotherFormSuggestsItsIsoFormWhenOnlyOneDayFits(String written, String meant) {
        assertEquals(Optional.ofNullable(meant).map(LocalDate::parse), IsoDates.meant(written));
    }
}

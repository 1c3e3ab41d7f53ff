package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "a, 1%", "a, 7%", "an, 8%", "an, 11%", "a, 12%", "an, 18%", "a, 42%", "an, 80%", "an, 88%",
        "a, 100%", "a, 110%", "a, 180%", "an, 800%", "a, 1100%", "an, 11000%", "an, 18500%", "a, 0%", "an, -8%",
    })
    void theArticleFollowsHowTheNumberIsRead(String article, String number) {
        assertEquals(article, Sentences.article(number));
    }
}

package io.github.backendadvisor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> RULES = List.of("serverless-memory-footprint", "websocket-scale",
            "team-knows-python", "cpu-bound-node");
    private static final List<String> CANDIDATES = List.of("nodejs", "python", "java", "go");

    @Test
    void aTypoGetsTheClosestWord() {
        assertEquals(Optional.of("python"), Suggestions.closest("pyhton", CANDIDATES));
        assertEquals(Optional.of("java"), Suggestions.closest("Java", CANDIDATES));
        assertEquals(Optional.of("websocket-scale"), Suggestions.closest("websockets-scale", RULES));
    }

    @Test
    void aWordInsideAnotherIsSuggestedWhenItIsMuchOfIt() {
        assertEquals(Optional.of("nodejs"), Suggestions.closest("node", CANDIDATES));
        assertEquals(Optional.of("serverless-memory-footprint"), Suggestions.closest("memory-footprint", RULES));
    }

    @Test
    void aShortWordInsideALongOneIsNoSuggestion() {
        assertEquals(Optional.empty(), Suggestions.closest("foo", RULES));
        assertEquals(Optional.empty(), Suggestions.closest("team", RULES));
    }

    @Test
    void aListSeparatedOtherwiseThanByCommasIsGivenWithCommas() {
        assertEquals(" (items are separated by commas: nodejs,python)",
                Suggestions.commaList("nodejs python", CANDIDATES));
        assertEquals(" (items are separated by commas: java,go,nodejs)",
                Suggestions.commaList(" Java; go | nodejs ", CANDIDATES));
        assertEquals(" (items are separated by commas: python,go)", Suggestions.commaList("python/go", CANDIDATES));
        // one item, or a part that is no item: no such hint (the usual "did you mean" applies)
        assertEquals("", Suggestions.commaList("python", CANDIDATES));
        assertEquals("", Suggestions.commaList("python rust", CANDIDATES));
        assertEquals("", Suggestions.commaList(" ; ", CANDIDATES));
    }

    @Test
    void lettersInOrderMakeALikelyTypo() {
        assertEquals(Optional.of("team-knows-python"), Suggestions.closest("knowspython", RULES));
    }

    @Test
    void nothingCloseGivesNoSuggestion() {
        assertEquals(Optional.empty(), Suggestions.closest("rust", CANDIDATES));
        assertEquals("", Suggestions.didYouMean("rust", CANDIDATES));
        assertEquals(" (did you mean 'go'?)", Suggestions.didYouMean("Go", CANDIDATES));
    }
}
